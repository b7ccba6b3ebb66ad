package org.herodotus.search;

/**
 * What opening an index did to bring it in line with the store.
 *
 * @param added documents the store holds and the index lacked
 * @param replaced documents the index held with another content hash
 * @param removed documents the index held and the store no longer does
 */
public record Reconciliation(int added, int replaced, int removed) {

  /** Whether the index already agreed with the store. */
  public boolean none() {
    return added == 0 && replaced == 0 && removed == 0;
  }
}
