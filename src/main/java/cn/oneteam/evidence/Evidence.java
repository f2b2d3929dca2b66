package cn.oneteam.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.evidence.EvidenceItem.Integrity;
import cn.oneteam.evidence.EvidenceOwner.AttachedEvidence;
import cn.oneteam.evidence.EvidenceOwner.CollectingOfficer;
import cn.oneteam.evidence.EvidenceRepository.Kept;
import cn.oneteam.shared.Sha256;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 证据管理: attaches evidence to its owner — the owner's checks first, then the file's kind from its first bytes, then
 * the bytes streamed into the store (hashed and counted, never held in memory), then the item and its place in the
 * owner's full-process record in one transaction, with {@link EvidenceAttached} published in it — and reads it back with its SHA-256 checked on every read. Nothing
 * of a refused upload remains.
 */
@Service
public class Evidence {

	private static final String ON_DOWNLOAD = "DOWNLOAD";

	private static final String ON_REQUEST = "VERIFY";

	private final Map<OwnerKind, EvidenceOwner> owners = new EnumMap<>(OwnerKind.class);

	private final EvidenceRepository repository;

	private final EvidenceStore store;

	private final long maxSize;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final TransactionTemplate separate;

	private final ApplicationEventPublisher events;

	Evidence(List<EvidenceOwner> owners, EvidenceRepository repository, EvidenceStore store,
			EvidenceProperties properties, Clock clock, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		owners.forEach(o -> this.owners.put(o.kind(), o));
		this.repository = repository;
		this.store = store;
		this.maxSize = properties.maxSize().toBytes();
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
	}

	/** The largest file taken, in bytes ({@code oneteam.evidence.max-size}). */
	public long maxSize() {
		return maxSize;
	}

	/**
	 * Attaches a file to its owner. {@code contentType} is the type the client declares (none: from the file name);
	 * {@code length} the length it announces, if any, so that a file too large is refused before it is read.
	 */
	public EvidenceItem attach(OwnerKind kind, long ownerId, NewEvidence evidence, @Nullable String contentType,
			@Nullable Long length, InputStream bytes, ScopedPrincipal caller) throws IOException {
		EvidenceOwner owner = owner(kind);
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<CollectingOfficer> officers = admit(owner, ownerId, evidence, length, now, caller);
		BufferedInputStream in = new BufferedInputStream(bytes, Spool.BUFFER);
		in.mark(ContentCheck.HEAD);
		byte[] head = in.readNBytes(ContentCheck.HEAD);
		in.reset();
		String type = ContentCheck.examine(evidence.type(), contentType, evidence.fileName(), head);
		EvidenceStore.Stored stored = store.put(in, maxSize);
		try {
			return tx.execute(status -> {
				long id = repository.insert(kind, ownerId, evidence, officers, type, stored, store.name(),
						caller.accountId(), now);
				EvidenceItem inserted = repository.find(id).orElseThrow().item();
				owner.recordAttachment(ownerId, new AttachedEvidence(id, evidence.type(), evidence.title(),
						evidence.fileName(), stored.size(), stored.sha256(), officers, inserted.metadataDigest()), caller);
				// in the attaching transaction: the outbox keeps it for listeners of other modules
				// (docs/adr/0014-typed-events.md)
				events.publishEvent(new EvidenceAttached(id, kind, ownerId, evidence.type(), now));
				return repository.find(id).orElseThrow().item();
			});
		}
		catch (RuntimeException notRecorded) {
			try {
				store.discard(stored.key()); // the item was not recorded: its file must not linger
			}
			catch (IOException e) {
				notRecorded.addSuppressed(e);
			}
			throw notRecorded;
		}
	}

	/** What is checked before a byte is read: the time, the owner's rules and officers, the announced length. */
	private List<CollectingOfficer> admit(EvidenceOwner owner, long ownerId, NewEvidence evidence,
			@Nullable Long length, OffsetDateTime now, ScopedPrincipal caller) {
		if (evidence.collectedAt().isAfter(now)) {
			throw new EvidenceViolation(EvidenceViolation.UNPROCESSABLE, "evidence.collected-in-future",
					evidence.collectedAt());
		}
		List<CollectingOfficer> officers = owner.requireAttachable(ownerId, evidence.officers(),
				evidence.collectedAt().toLocalDate(), caller);
		if (length != null && length > maxSize) {
			throw EvidenceViolation.tooLarge(maxSize);
		}
		return officers;
	}

	/** The evidence of an owner in the caller's jurisdiction, in the order it was collected. */
	public List<EvidenceItem> list(OwnerKind kind, long ownerId, ScopedPrincipal caller) {
		owner(kind).requireVisible(ownerId, caller);
		return ofOwner(kind, ownerId);
	}

	/** The evidence of an owner, for the owner's own module once it has checked who may see it (a case's file index). */
	public List<EvidenceItem> ofOwner(OwnerKind kind, long ownerId) {
		return repository.ofOwner(kind, ownerId).stream().map(Kept::item).toList();
	}

	/** An item whose owner lies in the caller's jurisdiction (404 otherwise, or 403 as the owner answers). */
	public EvidenceItem item(long id, ScopedPrincipal caller) {
		return visible(id, caller).item();
	}

	/**
	 * The item's file, as a stream that checks its SHA-256 as it is read: a file found altered before is refused at
	 * once (409); one altered since is cut off before its end, flagged and recorded in its owner's record.
	 */
	public Content open(long id, ScopedPrincipal caller) throws IOException {
		Kept kept = visible(id, caller);
		EvidenceItem item = kept.item();
		if (item.integrity() == Integrity.ALTERED) {
			throw new EvidenceViolation(EvidenceViolation.CONFLICT, "evidence.altered", item.id());
		}
		String expected = recorded(item);
		if (!expected.equals(item.sha256())) { // the digest beside the file is not the one recorded: swapped
			altered(kept, item.sha256(), caller, ON_DOWNLOAD);
			throw new EvidenceViolation(EvidenceViolation.CONFLICT, "evidence.altered", item.id());
		}
		InputStream bytes = bytesOf(kept, caller, ON_DOWNLOAD);
		return new Content(item, new VerifyingInputStream(bytes, expected, actual -> altered(kept, actual,
				caller, ON_DOWNLOAD)));
	}

	/** Re-hashes the item's stored file and records the check; an altered file is recorded in its owner's record too. */
	public EvidenceItem verify(long id, ScopedPrincipal caller) throws IOException {
		Kept kept = visible(id, caller);
		MessageDigest digest = Sha256.digest();
		try (InputStream in = bytesOf(kept, caller, ON_REQUEST)) {
			byte[] buffer = new byte[Spool.BUFFER];
			for (int n; (n = in.read(buffer)) != -1;) {
				digest.update(buffer, 0, n);
			}
		}
		String actual = HexFormat.of().formatHex(digest.digest());
		// against the digest the owner's record keeps, not only the column beside the file
		if (actual.equals(kept.item().sha256()) && actual.equals(recorded(kept.item()))) {
			tx.executeWithoutResult(status -> repository.insertCheck(id, OffsetDateTime.now(clock),
					caller.accountId(), ON_REQUEST, true, actual));
		}
		else {
			altered(kept, actual, caller, ON_REQUEST);
		}
		return repository.find(id).orElseThrow().item();
	}

	/**
	 * The SHA-256 of the item's stored file as it reads now, without recording a check: empty when the file is gone
	 * (for the owner's verification of its record; docs/adr/0007-tamper-evidence.md).
	 */
	public Optional<String> storedDigest(long id) {
		Kept kept = repository.find(id)
			.orElseThrow(() -> new EvidenceViolation(EvidenceViolation.NOT_FOUND, "evidence.unknown", id));
		MessageDigest digest = Sha256.digest();
		try (InputStream in = store.open(kept.key())) {
			byte[] buffer = new byte[Spool.BUFFER];
			for (int n; (n = in.read(buffer)) != -1;) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException missing) {
			return Optional.empty();
		}
		return Optional.of(HexFormat.of().formatHex(digest.digest()));
	}

	/** The item's SHA-256 as its owner's record keeps it (the column's where the owner keeps none). */
	private String recorded(EvidenceItem item) {
		return owner(item.ownerKind()).recordedSha256(item.ownerId(), item.id()).orElse(item.sha256());
	}

	/** A file that cannot be read any more (removed behind the system's back) counts as altered. */
	private InputStream bytesOf(Kept kept, ScopedPrincipal caller, String occasion) throws IOException {
		if (!kept.store().equals(store.name())) {
			throw new IllegalStateException("evidence " + kept.item().id() + " is kept in the " + kept.store()
					+ " store, not in the configured " + store.name() + " store");
		}
		try {
			return store.open(kept.key());
		}
		catch (IOException missing) {
			altered(kept, null, caller, occasion);
			throw new EvidenceViolation(EvidenceViolation.CONFLICT, "evidence.content-missing", kept.item().id());
		}
	}

	private void altered(Kept kept, @Nullable String actual, ScopedPrincipal caller, String occasion) {
		EvidenceItem item = kept.item();
		separate.executeWithoutResult(status -> {
			repository.insertCheck(item.id(), OffsetDateTime.now(clock), caller.accountId(), occasion, false, actual);
			owner(item.ownerKind()).recordIntegrityFailure(item.ownerId(), new AttachedEvidence(item.id(),
					item.type(), item.title(), item.fileName(), item.size(), item.sha256(), item.officers(),
					item.metadataDigest()),
					actual == null ? "missing" : actual, caller);
		});
	}

	private Kept visible(long id, ScopedPrincipal caller) {
		Kept kept = repository.find(id)
			.orElseThrow(() -> new EvidenceViolation(EvidenceViolation.NOT_FOUND, "evidence.unknown", id));
		owner(kept.item().ownerKind()).requireVisible(kept.item().ownerId(), caller);
		return kept;
	}

	private EvidenceOwner owner(OwnerKind kind) {
		EvidenceOwner owner = owners.get(kind);
		if (owner == null) {
			throw new EvidenceViolation(EvidenceViolation.NOT_FOUND, "evidence.owner-unsupported", kind);
		}
		return owner;
	}

	/** An item's file as read: the item (name, type, size, digest) and its bytes, checked as they are read. */
	public record Content(EvidenceItem item, InputStream bytes) {
	}
}
