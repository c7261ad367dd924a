package org.reprint.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The roles of the article positions of one generated corpus, and the few integers per position that later
 * articles need about earlier ones (base number, outlet, date), so that nothing else of an article is kept.
 *
 * <p>Roles: exactly {@code round(rate * N)} positions per {@link ReuseKind}, the rest bases, placed by a
 * seeded Fisher-Yates shuffle; position 0 is always a base, so every planted article has an earlier base to
 * take from. Base texts are handed out in a seeded order ({@link #takeBase}): when fewer real articles
 * exist than bases are needed, the real ones are spread at random among the synthetic ones.
 */
final class CorpusPlan {

  private static final byte BASE = -1;

  private final byte[] roles;
  private final int[] baseNumbers;
  private final byte[] outlets;
  private final long[] days;
  private final int[] basePositions;
  private final int[] slotOrder;
  private final int realUsed;
  private final int realCount;
  private final int plantedTotal;
  private int baseCount;
  private int nextSlot;

  private CorpusPlan(byte[] roles, int plantedTotal, int slots, int realCount, long seed) {
    int count = roles.length;
    this.roles = roles;
    this.plantedTotal = plantedTotal;
    this.realCount = realCount;
    this.realUsed = Math.min(slots, realCount);
    this.slotOrder = Shuffle.permutation(slots, new SplittableRandom(Shuffle.mix(seed, 0x5107L, 0)));
    this.baseNumbers = new int[count];
    this.outlets = new byte[count];
    this.days = new long[count];
    this.basePositions = new int[count - plantedTotal];
  }

  static CorpusPlan of(GeneratorOptions options, int realCount) {
    int count = options.count();
    byte[] roles = new byte[count];
    java.util.Arrays.fill(roles, BASE);
    int filled = 0;
    int quotes = 0;
    for (ReuseKind kind : ReuseKind.values()) {
      int planted = options.plantedCount(kind);
      java.util.Arrays.fill(roles, filled, Math.min(count, filled + planted), (byte) kind.ordinal());
      filled += planted;
      quotes += kind == ReuseKind.QUOTE ? planted : 0;
    }
    if (filled >= count) {
      throw new IllegalArgumentException(
          "the rates leave no base article for count " + count + " (" + filled + " planted)");
    }
    shuffle(roles, new SplittableRandom(Shuffle.mix(options.seed(), 0x201EL, 0)));
    moveBaseToFront(roles);
    // A quote's host article needs its own base text, so base texts = bases + quotes.
    return new CorpusPlan(roles, filled, count - filled + quotes, realCount, options.seed());
  }

  private static void shuffle(byte[] roles, SplittableRandom random) {
    for (int i = roles.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      byte swap = roles[i];
      roles[i] = roles[j];
      roles[j] = swap;
    }
  }

  private static void moveBaseToFront(byte[] roles) {
    int firstBase = 0;
    while (roles[firstBase] != BASE) {
      firstBase++;
    }
    roles[firstBase] = roles[0];
    roles[0] = BASE;
  }

  /** The planted kind at {@code position}, or {@code null} for a base. */
  ReuseKind kind(int position) {
    return roles[position] == BASE ? null : ReuseKind.values()[roles[position]];
  }

  /** The next base text for {@code position} (a base or a quote's host); registers a base as a source. */
  int takeBase(int position) {
    int order = slotOrder[nextSlot++];
    int number = order < realUsed ? order : realCount + order;
    baseNumbers[position] = number;
    if (roles[position] == BASE) {
      basePositions[baseCount++] = position;
    }
    return number;
  }

  /** A uniformly chosen earlier base position. */
  int pickSource(SplittableRandom random) {
    return basePositions[random.nextInt(baseCount)];
  }

  int baseNumber(int position) {
    return baseNumbers[position];
  }

  CorpusGenerator.Outlet assignOutlet(int position, int outlet) {
    outlets[position] = (byte) outlet;
    return CorpusGenerator.OUTLETS.get(outlet);
  }

  int outletOf(int position) {
    return outlets[position];
  }

  /** An outlet other than the source's, uniformly. */
  int otherOutlet(int source, SplittableRandom random, int outletCount) {
    int outlet = random.nextInt(outletCount - 1);
    return outlet >= outlets[source] ? outlet + 1 : outlet;
  }

  /** Bases are dated in position order over {@code spanDays}. */
  LocalDate assignBaseDate(int position, LocalDate first, int spanDays) {
    days[position] = first.toEpochDay() + (long) position * spanDays / roles.length;
    return LocalDate.ofEpochDay(days[position]);
  }

  LocalDate dateOf(int position) {
    return LocalDate.ofEpochDay(days[position]);
  }

  int plantedTotal() {
    return plantedTotal;
  }

  /** Base texts handed out: bases plus quote hosts. */
  int baseSlots() {
    return slotOrder.length;
  }
}
