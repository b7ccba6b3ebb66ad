package org.herodotus.fetch;

/**
 * What a conditional GET sends back to the server: the {@code ETag} and {@code Last-Modified} of
 * the last response, so that an unchanged resource answers 304 Not Modified and is not sent again.
 *
 * @param etag the entity tag, or {@code null}
 * @param lastModified the {@code Last-Modified} value exactly as the server sent it, or {@code null}
 */
public record Validators(String etag, String lastModified) {

  /** No validators: an unconditional GET. */
  public static final Validators NONE = new Validators(null, null);
}
