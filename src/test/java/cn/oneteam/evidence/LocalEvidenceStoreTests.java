package cn.oneteam.evidence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store on the real file system, in a fresh directory. */
class LocalEvidenceStoreTests extends EvidenceStoreContract {

	@TempDir
	Path root;

	private LocalEvidenceStore store;

	@Override
	EvidenceStore store() {
		if (store == null) {
			store = new LocalEvidenceStore(root, Clock.system(ChinaTime.ZONE));
		}
		return store;
	}

	@Override
	void alter(String key, byte[] bytes) throws IOException {
		Files.write(root.resolve(key), bytes);
	}

	@Override
	long files() throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void refusesKeysItDidNotMake() {
		assertThatThrownBy(() -> ((LocalEvidenceStore) store()).open("../../etc/passwd"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
