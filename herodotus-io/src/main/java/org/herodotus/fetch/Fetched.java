package org.herodotus.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * One successful response: the body and what the headers say about it.
 *
 * @param url where the body came from, after redirects
 * @param notModified whether the server answered 304 to a conditional GET (the body is then empty)
 * @param body the body's bytes, at most {@link FetchOptions#maxBodyBytes()}
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param charset the charset the {@code Content-Type} names, or {@code null} when it names none
 *     or one Java does not know: then the bytes decide
 * @param validators the {@code ETag} and {@code Last-Modified} to send next time
 */
public record Fetched(URI url, boolean notModified, byte[] body, String contentType, Charset charset,
    Validators validators) {}
