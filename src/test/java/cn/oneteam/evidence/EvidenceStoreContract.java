package cn.oneteam.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import cn.oneteam.shared.Sha256;
import org.junit.jupiter.api.Test;

/** What every evidence store must do, run against each implementation on a real file system or server. */
abstract class EvidenceStoreContract {

	abstract EvidenceStore store();

	/** Replaces the bytes kept under the key behind the store's back. */
	abstract void alter(String key, byte[] bytes) throws IOException;

	/** How many files or objects the store holds, received or kept. */
	abstract long files() throws IOException;

	static byte[] randomBytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	@Test
	void keepsTheBytesUnderANewKeyWithTheirSizeAndDigest() throws IOException {
		byte[] bytes = randomBytes(3 * 1024 * 1024 + 17, 1);
		EvidenceStore.Stored stored = store().put(new ByteArrayInputStream(bytes), 10 * 1024 * 1024);
		assertThat(stored.size()).isEqualTo(bytes.length);
		assertThat(stored.sha256()).isEqualTo(Sha256.hex(bytes));
		assertThat(stored.key()).matches("\\d{4}/\\d{2}/[0-9a-f-]{36}");
		try (InputStream in = store().open(stored.key())) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void refusesAFileBeyondTheLimitAndKeepsNothingOfIt() throws IOException {
		long before = files();
		assertThatThrownBy(() -> store().put(new ByteArrayInputStream(randomBytes(300_000, 2)), 200_000))
			.isInstanceOfSatisfying(EvidenceViolation.class, v -> {
				assertThat(v.status()).isEqualTo(413);
				assertThat(v.code()).isEqualTo("evidence.too-large");
			});
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void aFileAlteredBehindTheStoresBackFailsItsDigestWhenRead() throws IOException {
		byte[] bytes = randomBytes(200_000, 3);
		EvidenceStore.Stored stored = store().put(new ByteArrayInputStream(bytes), 1_000_000);
		byte[] altered = bytes.clone();
		altered[150_000] ^= 1;
		alter(stored.key(), altered);
		AtomicReference<String> found = new AtomicReference<>();
		ByteArrayOutputStream delivered = new ByteArrayOutputStream();
		try (InputStream in = new VerifyingInputStream(store().open(stored.key()), stored.sha256(), found::set)) {
			assertThatThrownBy(() -> in.transferTo(delivered)).isInstanceOfSatisfying(EvidenceViolation.class,
					v -> assertThat(v.code()).isEqualTo("evidence.integrity-failed"));
		}
		assertThat(found.get()).isEqualTo(Sha256.hex(altered));
		assertThat(delivered.size()).as("the last bytes are held back").isLessThan(bytes.length);
	}

	@Test
	void discardRemovesAFile() throws IOException {
		EvidenceStore.Stored stored = store().put(new ByteArrayInputStream(randomBytes(10, 4)), 100);
		long before = files();
		store().discard(stored.key());
		assertThat(files()).isEqualTo(before - 1);
		assertThatThrownBy(() -> store().open(stored.key()).readAllBytes()).isInstanceOf(IOException.class);
	}
}
