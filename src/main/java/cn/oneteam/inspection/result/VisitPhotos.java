package cn.oneteam.inspection.result;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.VisitRecorded;
import cn.oneteam.inspection.visit.VisitState;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.shared.ImageType;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.shared.Spooled;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Photos taken at a visit, before its result is recorded, by one of its inspectors
 * (docs/adr/0030-recording-and-publishing-inspections.md): received through the spool (hashed as they pass, stopped at
 * {@code oneteam.inspection.photo-max-size}), JPEG or PNG by their first bytes, kept with their SHA-256.
 */
@Service
public class VisitPhotos {

	private static final Path SPOOL = Path.of(System.getProperty("java.io.tmpdir"), "oneteam-inspection-photos");

	private final Visits visits;

	private final InspectionResults results;

	private final ResultRepository repository;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final long maxBytes;

	private final int maxPhotos;

	VisitPhotos(Visits visits, InspectionResults results, ResultRepository repository,
			ApplicationEventPublisher publisher, Clock clock,
			@Value("${oneteam.inspection.photo-max-size:1MB}") DataSize maxSize,
			@Value("${oneteam.inspection.photos-per-visit:20}") int maxPhotos) {
		this.maxPhotos = maxPhotos;
		this.visits = visits;
		this.results = results;
		this.repository = repository;
		this.publisher = publisher;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
	}

	/**
	 * Adds a photo to a planned visit (409 once recorded), by one of its inspectors (403 otherwise); photos are never
	 * deleted, so a visit holds at most {@code oneteam.inspection.photos-per-visit} (409 {@code inspection.photos-full}).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('case:read')")
	public ResultViews.Photo add(long visitId, InputStream content, ScopedPrincipal caller) {
		repository.lockVisit(visitId);
		Visit visit = visits.visit(visitId, caller);
		results.requireInspector(visit, caller);
		InspectionResults.requireState(visit, VisitState.PLANNED, "inspection.visit-not-planned");
		if (repository.photos(visitId).size() >= maxPhotos) {
			throw new RuleViolation(RuleViolation.CONFLICT, "inspection.photos-full", maxPhotos);
		}
		byte[] bytes;
		String sha256;
		@Nullable Spooled spooled = null;
		try {
			spooled = Spooled.receive(content, SPOOL, maxBytes,
					limit -> new RuleViolation(RuleViolation.CONTENT_TOO_LARGE, "inspection.photo-too-large",
							limit / 1024));
			bytes = Files.readAllBytes(spooled.file());
			sha256 = spooled.sha256();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			delete(spooled);
		}
		ImageType type = ImageType.of(Arrays.copyOf(bytes, Math.min(bytes.length, ImageType.HEAD)))
			.orElseThrow(() -> new RuleViolation(RuleViolation.UNPROCESSABLE, "inspection.photo-not-image"));
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		long id = repository.insertPhoto(visitId, type.contentType(), bytes, sha256, caller.accountId(), at);
		publisher.publishEvent(new VisitRecorded(visitId, "photo-added", caller.accountId(), List.of(), at,
				Map.of("photo", id, "sha256", sha256, "size", bytes.length)));
		return repository.photos(visitId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	/** A photo's type and bytes, for whoever may see the visit. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public Map.Entry<String, byte[]> content(long visitId, long photoId, ScopedPrincipal caller) {
		visits.visit(visitId, caller);
		return repository.photo(visitId, photoId)
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "inspection.photo-not-found", photoId));
	}

	private static void delete(@Nullable Spooled spooled) {
		if (spooled == null) {
			return;
		}
		try {
			Files.deleteIfExists(spooled.file());
		}
		catch (IOException e) {
			// a temporary file left behind is removed with the temporary directory
		}
	}
}
