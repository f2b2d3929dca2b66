package cn.oneteam.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.shared.Sha256;
import org.junit.jupiter.api.Test;

/** Reading evidence checks its digest and never delivers an altered file whole. */
class VerifyingInputStreamTests {

	@Test
	void deliversAnIntactFileWholeWhateverTheReadSizes() throws IOException {
		byte[] bytes = EvidenceStoreContract.randomBytes(1_000_003, 5);
		for (int size : new int[] { 1000, 8192, 65_536, 200_000 }) {
			List<String> mismatches = new ArrayList<>();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (InputStream in = new VerifyingInputStream(new ByteArrayInputStream(bytes), Sha256.hex(bytes),
					mismatches::add)) {
				byte[] buffer = new byte[size];
				for (int n; (n = in.read(buffer)) != -1;) {
					out.write(buffer, 0, n);
				}
			}
			assertThat(out.toByteArray()).as("read %d at a time", size).isEqualTo(bytes);
			assertThat(mismatches).isEmpty();
		}
	}

	@Test
	void holdsBackTheEndOfAnAlteredFileAndNamesTheDigestFound() {
		byte[] bytes = EvidenceStoreContract.randomBytes(500_000, 6);
		byte[] altered = bytes.clone();
		altered[10] ^= 1;
		List<String> mismatches = new ArrayList<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InputStream in = new VerifyingInputStream(new ByteArrayInputStream(altered), Sha256.hex(bytes), mismatches::add);
		assertThatThrownBy(() -> in.transferTo(out)).isInstanceOf(EvidenceViolation.class);
		assertThat(out.size()).isEqualTo(altered.length - VerifyingInputStream.HELD);
		assertThat(mismatches).containsExactly(Sha256.hex(altered));
	}

	@Test
	void deliversNothingOfASmallAlteredFile() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InputStream in = new VerifyingInputStream(new ByteArrayInputStream(new byte[] { 1, 2, 3 }),
				Sha256.hex(new byte[] { 1, 2, 4 }), actual -> {
				});
		assertThatThrownBy(() -> in.transferTo(out)).isInstanceOfSatisfying(EvidenceViolation.class,
				v -> assertThat(v.status()).isEqualTo(409));
		assertThat(out.size()).isZero();
	}
}
