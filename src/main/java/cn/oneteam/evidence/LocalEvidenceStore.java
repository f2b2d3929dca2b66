package cn.oneteam.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.regex.Pattern;

import cn.oneteam.shared.Spooled;

/**
 * Evidence files in a directory of the local file system: received into {@code .incoming} under it, then moved into
 * place atomically, so a key only ever names a complete file.
 */
class LocalEvidenceStore implements EvidenceStore {

	private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f-]{36}");

	private final Path root;

	private final Clock clock;

	LocalEvidenceStore(Path root, Clock clock) {
		this.root = root.toAbsolutePath().normalize();
		this.clock = clock;
	}

	@Override
	public String name() {
		return "local";
	}

	@Override
	public Stored put(InputStream bytes, long limit) throws IOException {
		Spooled received = Spooled.receive(bytes, root.resolve(".incoming"), limit, EvidenceViolation::tooLarge);
		String key = Spool.newKey(clock);
		try {
			Path target = path(key);
			Files.createDirectories(target.getParent());
			Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(received.file());
		}
		return new Stored(key, received.size(), received.sha256());
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void discard(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	/** The file of a key; a key not of this store's making (say, with {@code ..}) is refused. */
	Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not an evidence key: " + key);
		}
		return root.resolve(key);
	}
}
