package cn.oneteam.supervision.campaign;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.campaign.CampaignViews.Campaign;
import cn.oneteam.supervision.campaign.CampaignViews.Draw;
import cn.oneteam.supervision.campaign.CampaignViews.DrawnCase;
import cn.oneteam.supervision.campaign.CampaignViews.NewCampaign;
import cn.oneteam.supervision.campaign.CampaignViews.Results;
import cn.oneteam.supervision.campaign.CampaignViews.Reviewer;
import cn.oneteam.supervision.campaign.CampaignViews.Scores;
import cn.oneteam.supervision.campaign.CampaignViews.Sheet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Review campaigns (案卷评查) of the supervising 司法局 (docs/adr/0035-review-campaigns-and-rectification.md). */
@RestController
@RequestMapping("/api/v1/supervision/campaigns")
@Tag(name = "campaigns 案卷评查", description = "Review campaigns (supervision:review): closed cases drawn per body by a "
		+ "ratio with a committed seed, scored item by item against a standard, results per body and domain")
class CampaignApiController {

	private final Campaigns campaigns;

	CampaignApiController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a campaign of the caller's 司法局 over its jurisdiction",
			description = "400 supervision.campaign-input, supervision.campaign-ratio, "
					+ "supervision.campaign-reviewer-invalid (a reviewer must hold supervision:review in the jurisdiction)")
	Campaign create(@RequestBody NewCampaign campaign, ScopedPrincipal caller) {
		return campaigns.create(campaign, caller);
	}

	@GetMapping
	@Operation(summary = "The campaigns of the caller's organisation or reviewed by the caller, newest first")
	List<Campaign> list(ScopedPrincipal caller) {
		return campaigns.list(caller);
	}

	@GetMapping("/reviewers")
	@Operation(summary = "The accounts that may review in the caller's jurisdiction")
	List<Reviewer> reviewers(ScopedPrincipal caller) {
		return campaigns.reviewers(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One campaign; 404 supervision.campaign-unknown unless of the caller's organisation or reviewed "
			+ "by the caller")
	Campaign campaign(@PathVariable long id, ScopedPrincipal caller) {
		return campaigns.campaign(id, caller);
	}

	@PostMapping("/{id}/draw")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw the campaign's cases, once: per body the n smallest keys SHA-256(seed|reference), n = "
			+ "ratio of the body's closed cases rounded up, at least the minimum, at most all",
			description = "409 supervision.campaign-drawn the second time")
	Draw draw(@PathVariable long id, ScopedPrincipal caller) {
		return campaigns.draw(id, caller);
	}

	@GetMapping("/{id}/draw")
	@Operation(summary = "The draw as published: seed, populationSha256, drawnAt, strata [{stratum, size, n, drawn}]; "
			+ "404 supervision.campaign-not-drawn before the draw")
	Draw publishedDraw(@PathVariable long id, ScopedPrincipal caller) {
		return campaigns.publishedDraw(id, caller);
	}

	@GetMapping(value = "/{id}/draw/population", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
	@Operation(summary = "The population as text: one line 'bodyCode,caseReference' per closed case, each ending in "
			+ "\\n; its SHA-256 is populationSha256")
	String population(@PathVariable long id, ScopedPrincipal caller) {
		return campaigns.population(id, caller);
	}

	@GetMapping("/{id}/cases")
	@Operation(summary = "The drawn cases with items scored, score, grade and veto")
	List<DrawnCase> cases(@PathVariable long id, ScopedPrincipal caller) {
		return campaigns.cases(id, caller);
	}

	@GetMapping("/{id}/cases/{caseId}")
	@Operation(summary = "The score sheet of a drawn case: every item with its machine prefill and its score")
	Sheet sheet(@PathVariable long id, @PathVariable long caseId, ScopedPrincipal caller) {
		return campaigns.sheet(id, caseId, caller);
	}

	@PostMapping("/{id}/cases/{caseId}/scores")
	@Operation(summary = "Score items of a drawn case (a reviewer of the campaign): {items: [{item, points | failed, "
			+ "reason}], confirmMachine}", description = "400 supervision.campaign-score-range (points outside 0..item "
					+ "points), supervision.campaign-reason-required, supervision.campaign-item-unknown; 403 "
					+ "supervision.campaign-not-reviewer, supervision.campaign-own-body")
	Sheet score(@PathVariable long id, @PathVariable long caseId, @RequestBody Scores scores, ScopedPrincipal caller) {
		return campaigns.score(id, caseId, scores, caller);
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "Results of the fully scored cases: overall, per body and per enforcement domain — drawn, "
			+ "scored, mean score, grades, vetoed files")
	Results results(@PathVariable long id, ScopedPrincipal caller) {
		return campaigns.results(id, caller);
	}
}
