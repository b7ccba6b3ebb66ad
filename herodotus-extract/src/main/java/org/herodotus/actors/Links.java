package org.herodotus.actors;

/** Which references are one actor: a union-find over reference indices. */
final class Links {

  private final int[] parent;
  private final boolean[] linked;

  Links(int size) {
    parent = new int[size];
    linked = new boolean[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** Makes {@code a} and {@code b} one actor. */
  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    linked[a] = true;
    linked[b] = true;
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The representative of {@code i}'s actor: its earliest reference. */
  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Whether {@code i} was linked to another reference. */
  boolean linked(int i) {
    return linked[i];
  }
}
