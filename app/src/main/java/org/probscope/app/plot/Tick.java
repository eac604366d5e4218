package org.probscope.app.plot;

/** One axis tick: its data value and the text drawn next to it. */
public record Tick(double value, String label) {}
