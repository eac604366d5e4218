package org.probscope.app.data;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.app.sample.SampleViewModel;

/**
 * The named samples that live side by side: loaded columns and generated samples. One is active
 * (the sample panel's, which the explorer and goodness-of-fit views use); another may be the
 * reference a comparison measures the active one against.
 *
 * <p>The active sample is the {@link SampleViewModel}'s: activating an entry shows its snapshot
 * there, and a sample generated there joins the list under its origin.
 */
public final class SampleLibraryViewModel {

  /** Beyond this many samples the oldest that is neither active nor the reference is dropped. */
  public static final int MAX_SAMPLES = 20;

  private final SampleViewModel sampler;
  private final ObservableList<NamedSample> samples = FXCollections.observableArrayList();
  private final ObservableList<NamedSample> readOnlySamples =
      FXCollections.unmodifiableObservableList(samples);
  private final ReadOnlyObjectWrapper<NamedSample> active = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<NamedSample> reference = new ReadOnlyObjectWrapper<>();

  public SampleLibraryViewModel(SampleViewModel sampler) {
    this.sampler = sampler;
    sampler.sampleProperty().addListener((obs, old, now) -> follow(now));
    follow(sampler.sampleProperty().get());
  }

  /** Oldest first; unmodifiable. */
  public ObservableList<NamedSample> samples() {
    return readOnlySamples;
  }

  /** The sample the explorer shows, or null before the first one. */
  public ReadOnlyObjectProperty<NamedSample> activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** The sample the active one is compared with, or null. */
  public ReadOnlyObjectProperty<NamedSample> referenceProperty() {
    return reference.getReadOnlyProperty();
  }

  /** Adds samples under unique names and makes the first one active. */
  public List<NamedSample> addAndActivate(List<NamedSample> loaded) {
    List<NamedSample> added = loaded.stream().map(this::addUnique).toList();
    if (!added.isEmpty()) {
      activate(added.get(0));
    }
    trim();
    return added;
  }

  /** Makes {@code sample} the active one. */
  public void activate(NamedSample sample) {
    if (samples.contains(sample)) {
      sampler.show(sample.snapshot());
    }
  }

  /** Compares the active sample with {@code sample}; null compares with nothing. */
  public void setReference(NamedSample sample) {
    reference.set(sample != null && samples.contains(sample) ? sample : null);
  }

  /**
   * Forgets {@code sample}. Removing the active sample makes the next one active (the one that took
   * its place in the list, else the one before it); removing the last one clears the sample
   * everywhere, so that no plot or metric keeps measuring a sample the list no longer shows.
   */
  public void remove(NamedSample sample) {
    int at = samples.indexOf(sample);
    if (at < 0) {
      return;
    }
    samples.remove(at);
    if (sample.equals(reference.get())) {
      reference.set(null);
    }
    if (sample.equals(active.get())) {
      if (samples.isEmpty()) {
        sampler.clear();
      } else {
        NamedSample next = samples.get(Math.min(at, samples.size() - 1));
        if (next.equals(reference.get())) {
          reference.set(null); // a sample is not compared with itself
        }
        activate(next);
      }
    }
  }

  /** {@code base}, or {@code base (2)}, {@code base (3)}, ... when taken. */
  String uniqueName(String base) {
    String name = base;
    for (int k = 2; isTaken(name); k++) {
      name = base + " (" + k + ")";
    }
    return name;
  }

  private boolean isTaken(String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }

  private NamedSample addUnique(NamedSample sample) {
    NamedSample named = sample.withName(uniqueName(sample.name()));
    samples.add(named);
    return named;
  }

  private void follow(SampleSnapshot now) {
    if (now == null) {
      active.set(null);
      return;
    }
    Optional<NamedSample> known = samples.stream().filter(s -> s.snapshot() == now).findFirst();
    active.set(
        known.orElseGet(() -> addUnique(new NamedSample(now.origin(), now, Optional.empty()))));
    trim();
  }

  private void trim() {
    for (int i = 0; samples.size() > MAX_SAMPLES && i < samples.size(); ) {
      NamedSample s = samples.get(i);
      if (s.equals(active.get()) || s.equals(reference.get())) {
        i++;
      } else {
        samples.remove(i);
      }
    }
  }
}
