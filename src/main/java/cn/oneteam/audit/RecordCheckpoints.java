package cn.oneteam.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.platform.ScheduledScans;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查点: signs the heads of every chain of the record (each partition's and the legacy chain's) and the number of
 * entries they cover with an Ed25519 key kept in a file outside the database (generated at first start, owner-only),
 * and appends it to a checkpoint log file outside the database (and to every {@link CheckpointSink}, the S3 store when
 * configured). Verification checks the chains against the latest checkpoint, so that entries removed or rewritten
 * before it show even when every chain was recomputed (docs/adr/0007-tamper-evidence.md,
 * docs/adr/0053-record-chains-per-partition.md). Scheduled on every instance; one instance at a time signs (advisory
 * lock).
 */
@Service
@EnableConfigurationProperties(CheckpointProperties.class)
public class RecordCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(RecordCheckpoints.class);

	private static final long CHECKPOINT_LOCK = 7_100_003L;

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CheckpointProperties properties;

	private final ObjectProvider<CheckpointSink> sinks;

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final String fingerprint;

	private final RecordSealer sealer;

	private final ScheduledScans.Scan scheduled;

	RecordCheckpoints(JdbcClient jdbc, Clock clock, CheckpointProperties properties,
			ObjectProvider<CheckpointSink> sinks, RecordSealer sealer, ScheduledScans scans) {
		this.jdbc = jdbc;
		this.scheduled = scans.declare("record-checkpoint", CHECKPOINT_LOCK);
		this.sealer = sealer;
		this.clock = clock;
		this.properties = properties;
		this.sinks = sinks;
		KeyPair pair = loadOrGenerate(properties.keyFile());
		this.privateKey = pair.getPrivate();
		this.publicKey = pair.getPublic();
		if (properties.trustedPublicKey() != null && !properties.trustedPublicKey().isBlank()
				&& !properties.trustedPublicKey().trim().equals(encode(publicKey.getEncoded()))) {
			throw new IllegalStateException("the checkpoint key " + properties.keyFile()
					+ " is not the key pinned by oneteam.record.checkpoint.trusted-public-key");
		}
		this.fingerprint = Sha256.hex(publicKey.getEncoded()).substring(0, 16);
	}

	/** The public key checkpoints verify with (Base64 X.509), for the operator to pin and keep elsewhere. */
	public String publicKey() {
		return encode(publicKey.getEncoded());
	}

	/**
	 * Scheduled on every instance, in a transaction of its own; another instance signing at the same moment makes this one
	 * skip (docs/adr/0017-scheduled-scans.md).
	 */
	@Scheduled(fixedDelayString = "${oneteam.record.checkpoint.interval:PT1H}",
			initialDelayString = "${oneteam.record.checkpoint.initial-delay:PT2M}")
	public void scheduled() {
		scheduled.runScheduled(this::sign, c -> log.info("Record checkpoint: {} entries, head {} ({})", c.entries(),
				c.headId(), c.headHash()));
	}

	/** A checkpoint now, on an administrator's or supervisor's demand. */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'SUPERVISOR')")
	public Checkpoint checkpointNow() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHECKPOINT_LOCK).query(Object.class).single();
		return sign();
	}

	/**
	 * Seals every committed entry, then signs the chains' heads as sealed and appends to the log and the sinks.
	 * Sealing runs in transactions of its own (each chain's sealing lock held only for a batch), so that the signing,
	 * the log's fsync and the sinks (an S3 PUT) never hold up the record's writers or its sealer. The caller's
	 * transaction keeps the checkpoint lock throughout: one instance signs at a time (docs/adr/0007-tamper-evidence.md,
	 * docs/adr/0053-record-chains-per-partition.md).
	 */
	private Checkpoint sign() {
		sealer.sealAll(true);
		List<Checkpoint.ChainHead> heads = new ArrayList<>(jdbc.sql("""
				with recursive c(chain) as (
				  select min(chain) from record_seal
				  union all
				  select (select min(chain) from record_seal where chain > c.chain) from c where c.chain is not null)
				select h.chain, h.seq, h.entry_id, h.hash from c cross join lateral (
				  select s.chain, s.seq, s.entry_id, s.hash from record_seal s where s.chain = c.chain
				  order by s.seq desc limit 1) h""")
			.query((rs, n) -> new Checkpoint.ChainHead(rs.getString("chain"), rs.getLong("seq"), rs.getLong("entry_id"),
					rs.getString("hash")))
			.list());
		jdbc.sql("""
				select id, global_hash, (select count(*) from execution_record where global_hash is not null) as entries
				from execution_record where global_hash is not null order by id desc limit 1""")
			.query(rs -> {
				heads.add(new Checkpoint.ChainHead(Checkpoint.LEGACY, rs.getLong("entries"), rs.getLong("id"),
						rs.getString("global_hash")));
			});
		OffsetDateTime at = ChinaTime.local(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
		Checkpoint unsigned = Checkpoint.of(at, heads, fingerprint);
		Checkpoint signed = unsigned.signed(sign(unsigned.signedText()));
		append(signed.logLine());
		for (CheckpointSink sink : sinks) {
			try {
				sink.keep("record-checkpoint-" + at.toInstant().toEpochMilli() + "-" + signed.headId(), signed.logLine());
			}
			catch (IOException e) {
				throw new UncheckedIOException("checkpoint not kept by " + sink, e);
			}
		}
		return signed;
	}

	/** The latest checkpoint of the log, if any (a line that cannot be read is returned as unsigned). */
	public Optional<Checkpoint> latest() {
		List<String> lines = tail(1);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Checkpoint.parse(lines.get(0)));
		}
		catch (RuntimeException unreadable) {
			return Optional.of(new Checkpoint("unreadable", OffsetDateTime.now(clock), -1, -1, "", List.of(), "", ""));
		}
	}

	/** The newest checkpoints of the log, newest first (unreadable lines left out). */
	public List<Checkpoint> recent(int count) {
		List<Checkpoint> result = new ArrayList<>();
		List<String> lines = tail(count);
		for (int i = lines.size() - 1; i >= 0; i--) {
			try {
				result.add(Checkpoint.parse(lines.get(i)));
			}
			catch (RuntimeException unreadable) {
				// left out of the list; verification reports it
			}
		}
		return result;
	}

	/** Whether the checkpoint was signed by this key. */
	public boolean signatureValid(Checkpoint c) {
		if (!c.keyFingerprint().equals(fingerprint) || !c.headsMatchDigest()) {
			return false;
		}
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(publicKey);
			verifier.update(c.signedText().getBytes(StandardCharsets.UTF_8));
			return verifier.verify(Base64.getDecoder().decode(c.signature()));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * What the database says against the latest checkpoint: nothing when it holds (or there is none yet),
	 * "checkpoint-signature" when its signature (or the digest of its heads) fails, "checkpoint" when a signed head is
	 * gone or changed or its chain holds another number of seals (of legacy entries) up to it.
	 */
	public Optional<String> findingAgainstLatest() {
		Optional<Checkpoint> latest = latest();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		Checkpoint c = latest.get();
		if (!signatureValid(c)) {
			return Optional.of("checkpoint-signature");
		}
		List<Checkpoint.ChainHead> heads = c.heads();
		int failing = jdbc.sql("""
				select count(*) from unnest(?::text[], ?::bigint[], ?::bigint[], ?::text[]) as h(chain, seq, entry_id, hash)
				where not case when h.chain = ? then
				    coalesce((select e.global_hash = h.hash from execution_record e where e.id = h.entry_id), false)
				    and (select count(*) from execution_record e where e.global_hash is not null and e.id <= h.entry_id) = h.seq
				  else
				    coalesce((select s.hash = h.hash and s.entry_id = h.entry_id from record_seal s
				      where s.chain = h.chain and s.seq = h.seq), false)
				    and (select count(*) from record_seal s where s.chain = h.chain and s.seq <= h.seq) = h.seq
				  end""")
			.params(heads.stream().map(Checkpoint.ChainHead::chain).toArray(String[]::new),
					heads.stream().mapToLong(Checkpoint.ChainHead::seq).toArray(),
					heads.stream().mapToLong(Checkpoint.ChainHead::entryId).toArray(),
					heads.stream().map(Checkpoint.ChainHead::hash).toArray(String[]::new), Checkpoint.LEGACY)
			.query(Integer.class)
			.single();
		return failing == 0 ? Optional.empty() : Optional.of("checkpoint");
	}

	String sign(String text) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(privateKey);
			signer.update(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signer.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Appends a line and forces it to disk before the checkpoint is reported. */
	private synchronized void append(String line) {
		Path file = properties.logFile().toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
				channel.force(true);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not append to the checkpoint log " + file, e);
		}
	}

	/** The last {@code count} non-blank lines of the log, oldest first, read from its end. */
	private List<String> tail(int count) {
		Path file = properties.logFile();
		if (!Files.exists(file)) {
			return List.of();
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			long chunk = Math.min(length, (long) count * 8192 + 8192); // a version 2 line holds every chain's head
			byte[] bytes = new byte[(int) chunk];
			in.seek(length - chunk);
			in.readFully(bytes);
			String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
			List<String> result = new ArrayList<>();
			for (int i = lines.length - 1; i >= 0 && result.size() < count; i--) {
				boolean partial = i == 0 && chunk < length;
				if (!lines[i].isBlank() && !partial) {
					result.add(0, lines[i]);
				}
			}
			return result;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not read the checkpoint log " + file, e);
		}
	}

	/** Reads the key file, or makes a new key pair into a new owner-only file; a file others may read is refused. */
	private static KeyPair loadOrGenerate(Path file) {
		try {
			boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
			if (Files.exists(file)) {
				if (posix && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
					throw new IllegalStateException("the checkpoint key " + file
							+ " may be read by others than its owner: chmod 600 it");
				}
				return read(Files.readAllLines(file));
			}
			KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
			KeyPair pair = generator.generateKeyPair();
			Path absolute = file.toAbsolutePath();
			Files.createDirectories(absolute.getParent());
			if (posix) {
				Files.createFile(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			else {
				Files.createFile(absolute);
			}
			Files.writeString(absolute, "private " + encode(pair.getPrivate().getEncoded()) + "\npublic "
					+ encode(pair.getPublic().getEncoded()) + "\n", StandardOpenOption.TRUNCATE_EXISTING);
			log.info("Generated the record checkpoint key {} (public key {})", absolute,
					encode(pair.getPublic().getEncoded()));
			return pair;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not read or create the checkpoint key " + file, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static KeyPair read(List<String> lines) throws GeneralSecurityException {
		@Nullable String privatePart = null;
		@Nullable String publicPart = null;
		for (String line : lines) {
			if (line.startsWith("private ")) {
				privatePart = line.substring(8).trim();
			}
			else if (line.startsWith("public ")) {
				publicPart = line.substring(7).trim();
			}
		}
		if (privatePart == null || publicPart == null) {
			throw new IllegalStateException("the checkpoint key file needs a private and a public line");
		}
		KeyFactory factory = KeyFactory.getInstance("Ed25519");
		return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicPart))),
				factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privatePart))));
	}

	private static String encode(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
