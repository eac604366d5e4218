package org.probscope.app.data;

import java.util.Objects;
import java.util.Optional;
import org.probscope.app.sample.SampleSnapshot;

/**
 * One sample of the Data panel: a loaded column or a generated sample, under a name unique in the
 * panel.
 *
 * @param name the name shown in the panel and the comparison
 * @param snapshot the values and their histogram
 * @param report what the load kept and skipped; empty for a generated sample
 */
public record NamedSample(String name, SampleSnapshot snapshot, Optional<LoadReport> report) {

  public NamedSample {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(report, "report");
  }

  public NamedSample withName(String newName) {
    return new NamedSample(newName, snapshot, report);
  }

  public int size() {
    return snapshot.sample().size();
  }

  @Override
  public String toString() {
    return name;
  }
}
