package cn.oneteam.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.LongFunction;

/**
 * A stream received into a temporary file of a directory, its bytes hashed (SHA-256) and counted as they pass and
 * stopped at a limit; the temporary file is removed when anything goes wrong, and by the receiver once it is done with
 * it. Evidence is received this way before it is stored, and a subject import before it is read
 * (docs/adr/0024-quiet-periods-and-caps.md, import spooled to disk).
 */
public record Spooled(Path file, long size, String sha256) {

	/** The buffer the bytes pass through. */
	public static final int BUFFER = 64 * 1024;

	/**
	 * Receives the stream into a new file of the directory (created when missing); beyond {@code limit} bytes the
	 * refusal {@code tooLarge} makes of the limit is thrown.
	 */
	public static Spooled receive(InputStream bytes, Path directory, long limit,
			LongFunction<? extends RuntimeException> tooLarge) throws IOException {
		Files.createDirectories(directory);
		Path file = Files.createTempFile(directory, "incoming-", ".part");
		try {
			MessageDigest digest = Sha256.digest();
			long size = 0;
			try (InputStream in = new DigestInputStream(bytes, digest); OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[BUFFER];
				for (int n; (n = in.read(buffer)) != -1;) {
					size += n;
					if (size > limit) {
						throw tooLarge.apply(limit);
					}
					out.write(buffer, 0, n);
				}
			}
			return new Spooled(file, size, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}
}
