package cn.oneteam.casehandling.web;

import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clue page's search-as-you-type of the register (htmx): the subjects answering the text, each to choose as the
 * party, with its code, kind, address and status — a closed subject too, marked (docs/adr/0023-case-party-from-register.md).
 */
@Controller
class CluePartyPageController {

	private final ClueParty parties;

	CluePartyPageController(ClueParty parties) {
		this.parties = parties;
	}

	@GetMapping("/cases/new/parties")
	String search(@RequestParam(required = false) @Nullable String q, ScopedPrincipal caller, Model model) {
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("results", parties.search(q == null ? "" : q, caller));
		return "casehandling/party-results :: results";
	}
}
