package org.probscope.app.plot;

/** A point in data coordinates, e.g. the position under the crosshair. */
public record DataPoint(double x, double y) {}
