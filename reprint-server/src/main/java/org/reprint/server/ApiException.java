package org.reprint.server;

/** A request the server refuses, with the HTTP status that says why and a message naming what is wrong. */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
