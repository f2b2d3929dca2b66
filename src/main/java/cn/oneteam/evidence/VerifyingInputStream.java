package cn.oneteam.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;

import cn.oneteam.shared.Sha256;

/**
 * Passes a stored file on while hashing it, and holds its last {@value #HELD} bytes back until the end shows the
 * SHA-256 matches the recorded one: a changed file is never delivered whole. On a mismatch it tells the listener the
 * digest found and throws a 409 violation; a file no larger than the bytes held back is refused before anything of it
 * is sent.
 */
final class VerifyingInputStream extends FilterInputStream {

	static final int HELD = Spool.BUFFER;

	private final String expected;

	private final Consumer<String> onMismatch;

	private final MessageDigest digest = Sha256.digest();

	private final byte[] held = new byte[HELD];

	private final byte[] chunk = new byte[HELD];

	private final byte[] joined = new byte[2 * HELD];

	private int heldLength;

	private boolean ended;

	VerifyingInputStream(InputStream in, String expectedSha256, Consumer<String> onMismatch) {
		super(in);
		this.expected = expectedSha256;
		this.onMismatch = onMismatch;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n == -1 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		while (!ended) {
			int n = in.read(chunk, 0, Math.min(len, HELD));
			if (n == -1) {
				ended = true;
				verify();
				break;
			}
			digest.update(chunk, 0, n);
			int releasable = heldLength + n - HELD;
			if (releasable <= 0) {
				System.arraycopy(chunk, 0, held, heldLength, n);
				heldLength += n;
				continue;
			}
			// the oldest bytes go out; the newest HELD bytes stay back
			System.arraycopy(held, 0, joined, 0, heldLength);
			System.arraycopy(chunk, 0, joined, heldLength, n);
			System.arraycopy(joined, 0, b, off, releasable);
			System.arraycopy(joined, releasable, held, 0, HELD);
			heldLength = HELD;
			return releasable;
		}
		if (heldLength == 0) {
			return -1;
		}
		int n = Math.min(len, heldLength);
		System.arraycopy(held, 0, b, off, n);
		System.arraycopy(held, n, held, 0, heldLength - n);
		heldLength -= n;
		return n;
	}

	private void verify() {
		String actual = HexFormat.of().formatHex(digest.digest());
		if (!actual.equals(expected)) {
			heldLength = 0;
			onMismatch.accept(actual);
			throw new EvidenceViolation(EvidenceViolation.CONFLICT, "evidence.integrity-failed", expected, actual);
		}
	}

	@Override
	public long skip(long n) {
		throw new UnsupportedOperationException("every byte of evidence is read to check its digest");
	}

	@Override
	public boolean markSupported() {
		return false;
	}
}
