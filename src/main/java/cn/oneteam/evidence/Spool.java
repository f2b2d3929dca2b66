package cn.oneteam.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Receives a file into a temporary file of a directory, hashing and counting the bytes as they pass and stopping at
 * the limit; the temporary file is removed when anything goes wrong. Both stores receive this way: the local store then
 * moves the file into place, the S3 store sends it with its length known.
 */
final class Spool {

	static final int BUFFER = 64 * 1024;

	private Spool() {
	}

	/** A received file: where it lies, its size and SHA-256. */
	record Received(Path file, long size, String sha256) {
	}

	static Received receive(InputStream bytes, Path directory, long limit) throws IOException {
		Files.createDirectories(directory);
		Path file = Files.createTempFile(directory, "incoming-", ".part");
		try {
			MessageDigest digest = sha256();
			long size = 0;
			try (InputStream in = new DigestInputStream(bytes, digest); OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[BUFFER];
				for (int n; (n = in.read(buffer)) != -1;) {
					size += n;
					if (size > limit) {
						throw EvidenceViolation.tooLarge(limit);
					}
					out.write(buffer, 0, n);
				}
			}
			return new Received(file, size, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}

	/** A new key: the month it was kept in (Beijing time) and a random name, e.g. {@code 2026/11/0b1c…}. */
	static String newKey(Clock clock) {
		LocalDate today = LocalDate.now(clock);
		return "%d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
