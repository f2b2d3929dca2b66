package cn.oneteam.inspection.draw;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/** A draw as the public sees it and as the staff who made it see it (docs/adr/0026-the-draw.md). */
public final class DrawViews {

	private DrawViews() {
	}

	/** One stratum: its name, its size, how many were drawn, the drawn codes in key order (natural persons masked). */
	public record PublicStratum(String stratum, int size, int n, List<String> drawn) {
	}

	/**
	 * The inspectors of one drawn subject: the eligible after recusal, and the drawn in key order; for a joint task the
	 * same per department (groups), eligible and drawn then being their unions
	 * (docs/adr/0032-inspectors-library-and-recusal.md).
	 */
	public record PublicInspectors(String stratum, String subjectCode, List<String> eligible, List<String> drawn,
			List<GroupDrawn> groups) {

		public PublicInspectors {
			groups = groups == null ? List.of() : List.copyOf(groups);
		}
	}

	/**
	 * One department's draw for one subject: its name and id, how many it draws, its eligible and drawn in key order,
	 * and the expertise tag its eligible were chosen by, when one was asked
	 * (docs/adr/0032-inspectors-library-and-recusal.md).
	 */
	public record GroupDrawn(String group, @Nullable Long departmentId, int k, List<String> eligible, List<String> drawn,
			@Nullable String tag) {

		@JsonCreator
		public GroupDrawn {
			eligible = List.copyOf(eligible);
			drawn = List.copyOf(drawn);
		}

		public GroupDrawn(String group, @Nullable Long departmentId, int k, List<String> eligible, List<String> drawn) {
			this(group, departmentId, k, eligible, drawn, null);
		}
	}

	/** A draw in the public list. */
	public record Summary(long id, String name, OffsetDateTime drawnAt, @Nullable Long taskId) {
	}

	/** A draw in full, as published. */
	public record PublicDraw(long id, String name, String reason, @Nullable Long taskId, OffsetDateTime drawnAt,
			String seed, String populationSha256, List<PublicStratum> strata, int inspectorsPerSubject,
			List<PublicInspectors> inspectors) {
	}

	/**
	 * A drawn subject with its real code and its inspectors: for the staff and the task that uses the draw; per
	 * department for a joint task (none in the single-group form), and the recusals that took an inspector out.
	 */
	public record DrawnSubject(String stratum, String subjectCode, List<String> eligible, List<String> inspectors,
			List<GroupDrawn> groups, List<DrawRequest.Recusal> recused) {

		@JsonCreator
		public DrawnSubject {
			groups = groups == null ? List.of() : List.copyOf(groups);
			recused = recused == null ? List.of() : List.copyOf(recused);
		}

		public DrawnSubject(String stratum, String subjectCode, List<String> eligible, List<String> inspectors) {
			this(stratum, subjectCode, eligible, inspectors, List.of(), List.of());
		}
	}

	/** What the staff get back: the published draw and the real codes drawn. */
	public record Made(PublicDraw published, List<DrawnSubject> subjects) {
	}
}
