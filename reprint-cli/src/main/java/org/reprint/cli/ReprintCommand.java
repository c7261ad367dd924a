package org.reprint.cli;

public final class ReprintCommand {
  public static void main(String[] args) {}
}
