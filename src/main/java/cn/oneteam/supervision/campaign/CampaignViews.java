package cn.oneteam.supervision.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.supervision.standard.ScoringStandard.Grade;
import org.jspecify.annotations.Nullable;

/** The inputs and answers of review campaigns (docs/adr/0035-review-campaigns-and-rectification.md). */
public final class CampaignViews {

	private CampaignViews() {
	}

	/**
	 * A new campaign: its name, the days between which the cases were closed, the standard (its id; the general
	 * standard in effect today when none), the ratio per body in percent, the least number per body with closed cases
	 * (1 when none) and the reviewers' account ids.
	 */
	public record NewCampaign(@Nullable String name, @Nullable LocalDate closedFrom, @Nullable LocalDate closedTo,
			@Nullable Long standardId, @Nullable BigDecimal ratioPercent, @Nullable Integer minimumPerBody,
			@Nullable List<Long> reviewerIds) {
	}

	/** An account that may review: holds supervision:review in the jurisdiction. */
	public record Reviewer(long accountId, String username, String displayName, long organizationId) {
	}

	/** A campaign as its supervisors and reviewers see it. */
	public record Campaign(long id, String name, long organizationId, LocalDate closedFrom, LocalDate closedTo,
			long standardId, String standard, BigDecimal ratioPercent, int minimumPerBody, List<Reviewer> reviewers,
			OffsetDateTime createdAt, @Nullable OffsetDateTime drawnAt, int drawnCases, int scoredCases) {

		public boolean drawn() {
			return drawnAt != null;
		}
	}

	/**
	 * The published draw, in the shape the browser's check reads (docs/adr/0026-the-draw.md): seed, the population's
	 * SHA-256, one stratum per body (its code, size, n and the drawn references in key order); no inspectors.
	 */
	public record Draw(long id, String name, String seed, String populationSha256, OffsetDateTime drawnAt,
			List<Stratum> strata, List<Object> inspectors, int inspectorsPerSubject) {
	}

	/** A body's stratum: {@code stratum} is the body's code, as the population text names it. */
	public record Stratum(String stratum, long bodyId, String bodyName, int size, int n, List<String> drawn) {
	}

	/** A drawn case with where its scoring stands. */
	public record DrawnCase(long caseId, long bodyId, String bodyName, String reference, String domain,
			int itemsScored, int items, @Nullable BigDecimal score, @Nullable Grade grade, boolean vetoed) {

		public boolean complete() {
			return itemsScored == items;
		}
	}

	/** One item's score as given: points for a scored item, failed for a veto item, the reason of any loss. */
	public record ItemScore(@Nullable String item, @Nullable BigDecimal points, @Nullable Boolean failed,
			@Nullable String reason) {
	}

	/** Scores of some items of a case; {@code confirmMachine}: every machine item not given takes its prefill. */
	public record Scores(@Nullable List<ItemScore> items, @Nullable Boolean confirmMachine) {
	}

	/**
	 * The score sheet of a drawn case: every item of the standard with its machine prefill (from the self-review) and
	 * its score as it stands; the total and grade once every item is scored.
	 */
	public record Sheet(long campaignId, long caseId, String reference, long bodyId, String bodyName, String domain,
			String standard, List<SheetItem> items, boolean complete, @Nullable BigDecimal score,
			@Nullable Grade grade, boolean vetoed, boolean prefillFromOtherStandard) {

		/** Any item scored below its points or failed: what a rectification task is opened for. */
		public boolean hasDefects() {
			return items.stream().anyMatch(i -> i.failed() || i.points() != null && i.points().compareTo(i.maxPoints()) < 0);
		}
	}

	/** An item of a sheet. */
	public record SheetItem(String code, String title, String kind, String category, BigDecimal maxPoints,
			boolean machine, @Nullable BigDecimal prefillPoints, boolean prefillFailed, @Nullable String prefillReason,
			boolean scored, @Nullable BigDecimal points, boolean failed, @Nullable String reason,
			@Nullable String source, @Nullable OffsetDateTime scoredAt) {
	}

	/** Results of one group (a body, a domain, or all): drawn, fully scored, mean score, grades, vetoed files. */
	public record Group(String key, String name, int drawn, int scored, @Nullable BigDecimal mean, int excellent,
			int pass, int fail, int vetoed) {
	}

	/** A campaign's results per body and per domain. */
	public record Results(long campaignId, String name, Group overall, List<Group> byBody, List<Group> byDomain) {
	}
}
