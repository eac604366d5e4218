package org.probscope.model.distribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Either a value or the rules the input broke; bad input is a value, not an exception.
 *
 * @param <T> the type of the value
 */
public final class Validated<T> {

  private final T value;
  private final List<Violation> violations;

  private Validated(T value, List<Violation> violations) {
    this.value = value;
    this.violations = List.copyOf(violations);
  }

  public static <T> Validated<T> valid(T value) {
    return new Validated<>(Objects.requireNonNull(value, "value"), List.of());
  }

  public static <T> Validated<T> invalid(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs at least one violation");
    }
    return new Validated<>(null, violations);
  }

  public static <T> Validated<T> invalid(Violation violation) {
    return invalid(List.of(violation));
  }

  public boolean isValid() {
    return value != null;
  }

  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The value; throws {@link IllegalStateException} with the messages when invalid. */
  public T orElseThrow() {
    if (value == null) {
      throw new IllegalStateException(message());
    }
    return value;
  }

  public List<Violation> violations() {
    return violations;
  }

  /** All violation messages joined with "; ", or an empty string when valid. */
  public String message() {
    return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }

  public <R> Validated<R> map(Function<? super T, ? extends R> mapper) {
    return value == null ? invalid(violations) : valid(mapper.apply(value));
  }

  @Override
  public String toString() {
    return value == null ? "invalid: " + message() : "valid: " + value;
  }
}
