package cn.oneteam.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence files are kept: the local file system by default, S3-compatible object storage by configuration
 * ({@code oneteam.evidence.store=s3}). A file is hashed and counted as it arrives and only becomes visible under its
 * key once complete; a file larger than the limit is refused and nothing of it remains.
 */
public interface EvidenceStore {

	/** The store's name as recorded with each item ({@code local}, {@code s3}). */
	String name();

	/** Keeps the bytes; refuses (413) beyond {@code limit} bytes, leaving nothing behind. */
	Stored put(InputStream bytes, long limit) throws IOException;

	/** The bytes kept under the key, as a stream the caller closes. */
	InputStream open(String key) throws IOException;

	/** Removes a file whose record could not be written (the attachment failed): never a recorded item's. */
	void discard(String key) throws IOException;

	/** A file as kept: its key, its size in bytes and its SHA-256 (64 lower-case hex digits). */
	record Stored(String key, long size, String sha256) {
	}
}
