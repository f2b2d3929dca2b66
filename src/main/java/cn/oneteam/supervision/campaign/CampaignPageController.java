package cn.oneteam.supervision.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.campaign.CampaignViews.ItemScore;
import cn.oneteam.supervision.campaign.CampaignViews.NewCampaign;
import cn.oneteam.supervision.campaign.CampaignViews.Scores;
import cn.oneteam.supervision.campaign.CampaignViews.Sheet;
import cn.oneteam.supervision.campaign.CampaignViews.SheetItem;
import cn.oneteam.supervision.standard.ScoringStandards;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign pages: list and create, the draw and its check, score sheets, the report (docs/adr/0035-review-campaigns-and-rectification.md). */
@Controller
class CampaignPageController {

	private final Campaigns campaigns;

	private final ScoringStandards standards;

	CampaignPageController(Campaigns campaigns, ScoringStandards standards) {
		this.campaigns = campaigns;
		this.standards = standards;
	}

	@GetMapping("/supervision/campaigns")
	String list(ScopedPrincipal caller, Model model) {
		model.addAttribute("campaigns", campaigns.list(caller));
		model.addAttribute("reviewers", campaigns.reviewers(caller));
		model.addAttribute("standards", standards.all());
		return "supervision/campaigns";
	}

	@PostMapping("/supervision/campaigns")
	String create(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closedTo,
			@RequestParam(required = false) @Nullable Long standardId,
			@RequestParam(required = false) @Nullable BigDecimal ratioPercent,
			@RequestParam(required = false) @Nullable Integer minimumPerBody,
			@RequestParam(required = false) @Nullable List<Long> reviewerIds, ScopedPrincipal caller, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long id = campaigns.create(new NewCampaign(name, closedFrom, closedTo, standardId, ratioPercent,
					minimumPerBody, reviewerIds), caller).id();
			redirect.addAttribute("id", id);
			return "redirect:/supervision/campaigns/{id}";
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
			return list(caller, model);
		}
	}

	@GetMapping("/supervision/campaigns/{id}")
	String campaign(@PathVariable long id, ScopedPrincipal caller, Model model) {
		var campaign = campaigns.campaign(id, caller);
		model.addAttribute("campaign", campaign);
		if (campaign.drawn()) {
			model.addAttribute("draw", campaigns.publishedDraw(id, caller));
			model.addAttribute("cases", campaigns.cases(id, caller));
		}
		return "supervision/campaign";
	}

	@PostMapping("/supervision/campaigns/{id}/draw")
	String draw(@PathVariable long id, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			campaigns.draw(id, caller);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		redirect.addAttribute("id", id);
		return "redirect:/supervision/campaigns/{id}";
	}

	@GetMapping("/supervision/campaigns/{id}/cases/{caseId}")
	String sheet(@PathVariable long id, @PathVariable long caseId, ScopedPrincipal caller, Model model) {
		model.addAttribute("sheet", campaigns.sheet(id, caseId, caller));
		return "supervision/campaign-sheet";
	}

	/**
	 * The sheet's form: {@code points.{item}}, {@code failed.{item}} and {@code reason.{item}}; an item left empty is
	 * not scored now. A refusal shows the sheet again with the reason (and the status of the refusal).
	 */
	@PostMapping("/supervision/campaigns/{id}/cases/{caseId}")
	String score(@PathVariable long id, @PathVariable long caseId, @RequestParam Map<String, String> form,
			ScopedPrincipal caller, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Sheet sheet = campaigns.sheet(id, caseId, caller);
			List<ItemScore> items = new ArrayList<>();
			for (SheetItem item : sheet.items()) {
				String points = form.get("points." + item.code());
				String failed = form.get("failed." + item.code());
				String reason = form.get("reason." + item.code());
				if ("SCORED".equals(item.kind()) && points != null && !points.isBlank()) {
					items.add(new ItemScore(item.code(), number(points, item.code()), null, reason));
				}
				else if ("VETO".equals(item.kind()) && failed != null && !failed.isBlank()) {
					items.add(new ItemScore(item.code(), null, "true".equals(failed), reason));
				}
			}
			campaigns.score(id, caseId, new Scores(items, "true".equals(form.get("confirmMachine"))), caller);
			redirect.addFlashAttribute("saved", true);
			redirect.addAttribute("id", id);
			redirect.addAttribute("caseId", caseId);
			return "redirect:/supervision/campaigns/{id}/cases/{caseId}";
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
			model.addAttribute("form", form);
			model.addAttribute("sheet", campaigns.sheet(id, caseId, caller));
			return "supervision/campaign-sheet";
		}
	}

	private static BigDecimal number(String text, String item) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "supervision.campaign-score-range", item, text, "-");
		}
	}

	@GetMapping("/supervision/campaigns/{id}/report")
	String report(@PathVariable long id, ScopedPrincipal caller, Model model) {
		model.addAttribute("campaign", campaigns.campaign(id, caller));
		model.addAttribute("results", campaigns.results(id, caller));
		model.addAttribute("cases", campaigns.campaign(id, caller).drawn() ? campaigns.cases(id, caller) : List.of());
		return "supervision/campaign-report";
	}
}
