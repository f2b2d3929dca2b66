package cn.oneteam.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.oneteam.casehandling.PartyCases;
import cn.oneteam.casehandling.PartyCases.PartyCase;
import cn.oneteam.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A party's case as the portal answers it (docs/adr/0044-party-case-look-up.md): the stage in plain words, the periods
 * the party acts in with what it may do in each, the documents it received with their download links (valid until
 * {@code linksValidUntil}), how to pay, the body and the officers by name and certificate number. No internal id of the
 * case or of a document.
 */
record MyCaseAnswer(String stage, String stageName, String stageExplained, @Nullable String outcome, String cause,
		String party, String body, List<PartyCases.Officer> officers, @Nullable LocalDate filedOn,
		@Nullable String decisionNumber, @Nullable LocalDate decidedOn, @Nullable LocalDate servedOn,
		@Nullable LocalDate closedOn, List<Deadline> deadlines, List<Document> documents, @Nullable Payment payment,
		Instant linksValidUntil, LocalDate on) {

	/** A period: its kind and name, what the party may do in it, its dates and where it stands. */
	record Deadline(String kind, String name, String whatToDo, LocalDate startedOn, LocalDate dueOn, String state,
			String stateName, boolean provisional) {
	}

	/** A document received: title, number, date, whether a correction replaced it, and the link that downloads it. */
	record Document(String title, @Nullable String number, LocalDate issuedOn, boolean superseded, String download) {
	}

	/** How to pay: the reference, the amounts, the due date, when paid, and where to pay. */
	record Payment(String reference, @Money BigDecimal fine, @Money BigDecimal unpaid, @Money BigDecimal surchargeToday,
			@Money BigDecimal total, @Nullable LocalDate dueOn, @Nullable LocalDate paidOn, String howToPay) {
	}

	static MyCaseAnswer of(PartyCaseLookup.Found found, MessageSource messages, Locale locale, String contextPath) {
		PartyCase c = found.view();
		String stage = c.stage().name();
		List<Deadline> deadlines = c.deadlines().stream()
			.map(d -> new Deadline(d.kind().name(), text(messages, locale, "case.clock." + d.kind().name()),
					text(messages, locale, "disclosure.mycase.todo." + d.kind().name()), d.startedOn(), d.dueOn(),
					d.state().name(), text(messages, locale, "disclosure.mycase.state." + d.state().name()),
					d.provisional()))
			.toList();
		List<Document> documents = found.links().stream()
			.map(l -> new Document(l.document().title(), l.document().number(), l.document().issuedOn(),
					l.document().superseded(), contextPath + "/public/my-case/documents/" + l.token()))
			.toList();
		PartyCases.Payment p = c.payment();
		Payment payment = p == null ? null
				: new Payment(p.reference(), p.fine(), p.unpaid(), p.surchargeToday(), p.total(), p.dueOn(), p.paidOn(),
						text(messages, locale, "disclosure.mycase.howToPay"));
		return new MyCaseAnswer(stage, text(messages, locale, "case.stage." + stage),
				text(messages, locale, "disclosure.mycase.stage." + stage), c.outcome() == null ? null
						: c.outcome().name(),
				c.cause(), c.party(), c.body(), c.officers(), c.filedOn(), c.decisionNumber(), c.decidedOn(),
				c.servedOn(), c.closedOn(), deadlines, documents, payment, found.linksValidUntil(), c.on());
	}

	private static String text(MessageSource messages, Locale locale, String key) {
		return messages.getMessage(key, null, key, locale);
	}
}
