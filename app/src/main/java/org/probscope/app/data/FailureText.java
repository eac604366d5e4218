package org.probscope.app.data;

/** One line for the user about a failure that reached a callback: never a stack trace. */
public final class FailureText {

  private FailureText() {}

  /** The failure's message, or what kind of failure it was when it has none. */
  public static String of(Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      return "not enough memory; give Java more memory (-Xmx)";
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
