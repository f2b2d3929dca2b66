package cn.oneteam.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.oneteam.evidence.Evidence;
import cn.oneteam.evidence.EvidenceType;
import cn.oneteam.evidence.NewEvidence;
import cn.oneteam.evidence.OwnerKind;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.stereotype.Component;

/**
 * An event's photos adopted as evidence of the case it became the clue of (处罚法 §46: 视听资料), collected by the two
 * certified officers who adopt them, with the event's time and place and its tracking number as the source; each
 * photo then has its SHA-256 and its entry in the case's record like any other evidence.
 */
@Component
class EventEvidence {

	private final EventRepository events;

	private final Evidence evidence;

	EventEvidence(EventRepository events, Evidence evidence) {
		this.events = events;
		this.evidence = evidence;
	}

	/** Attaches every photo of the event to the case; how many. */
	int adopt(IntakeEvent event, String place, long caseId, List<Long> officers, ScopedPrincipal caller) {
		List<Long> photos = events.photos(event.id());
		int n = 0;
		for (long photoId : photos) {
			EventRepository.StoredPhoto photo = events.photo(photoId).orElseThrow();
			n++;
			String title = "事件照片 " + event.trackingNumber() + (photos.size() > 1 ? "（" + n + "）" : "");
			String file = event.trackingNumber() + "-" + n + ("image/png".equals(photo.contentType()) ? ".png" : ".jpg");
			try {
				evidence.attach(OwnerKind.CASE, caseId, new NewEvidence(EvidenceType.AUDIO_VISUAL, title,
						"群众上报照片，事件 " + event.trackingNumber(), event.receivedAt(), place, event.latitude(),
						event.longitude(), officers, file), photo.contentType(), (long) photo.content().length,
						new ByteArrayInputStream(photo.content()), caller);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return n;
	}
}
