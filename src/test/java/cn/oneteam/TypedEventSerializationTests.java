package cn.oneteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseFiled;
import cn.oneteam.casehandling.events.CaseProgressed;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.events.CaseTransferred;
import cn.oneteam.casehandling.events.DecisionServed;
import cn.oneteam.casehandling.events.FinePaid;
import cn.oneteam.casehandling.MeasureInputs;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.credit.CreditClass;
import cn.oneteam.credit.CreditClassChanged;
import cn.oneteam.disclosure.AnnualFigures;
import cn.oneteam.disclosure.DecisionPublications;
import cn.oneteam.disclosure.DecisionPublished;
import cn.oneteam.disclosure.DecisionWithdrawn;
import cn.oneteam.disclosure.StatisticsPublished;
import cn.oneteam.evidence.EvidenceAttached;
import cn.oneteam.evidence.EvidenceType;
import cn.oneteam.evidence.OwnerKind;
import cn.oneteam.inspection.InspectionVisitChanged;
import cn.oneteam.intake.ComplaintUpheld;
import cn.oneteam.intake.EventChannel;
import cn.oneteam.intake.EventClosed;
import cn.oneteam.intake.EventDispatched;
import cn.oneteam.intake.EventProgressed;
import cn.oneteam.intake.EventReceived;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.subject.LicenceRevoked;
import cn.oneteam.whistle.WhistleClosed;
import cn.oneteam.whistle.WhistleProgressed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Every typed event goes into the outbox as JSON written by the application's own Jackson (docs/adr/0014-typed-events.md)
 * and comes back equal when it is published again: division codes, amounts with their scale, dates, enums, sets and
 * absent values.
 */
class TypedEventSerializationTests extends IntegrationTest {

	@Autowired
	EventSerializer serializer;

	@Test
	void everyTypedEventComesBackFromTheOutboxAsItWent() {
		OffsetDateTime at = OffsetDateTime.of(2026, 12, 7, 9, 30, 15, 123_456_000, ZoneOffset.ofHours(8));
		LocalDate on = at.toLocalDate();
		DivisionCode place = DivisionCode.of("632802003");
		List<Object> events = List.of(
				new CaseFiled(1L, place, 2L, "DEMO-DQ-118-1", PartyKind.ORGANISATION, "某饭店", 7L, on, at),
				new CaseFiled(1L, place, 2L, "DEMO-DQ-118-1", PartyKind.ORGANISATION, "某饭店", null, on, at),
				new CaseDecided(1L, PenaltyCase.Procedure.GENERAL, place, 2L, "DEMO-DQ-118-1", PartyKind.INDIVIDUAL_BUSINESS,
						"张三", 7L, CaseOutcome.PENALTY, Set.of(PenaltyKind.FINE, PenaltyKind.WARNING), new BigDecimal("500.00"),
						"德综执罚〔2026〕1号", on, at),
				new CaseDecided(1L, PenaltyCase.Procedure.SIMPLE, place, 2L, "DEMO-DQ-118-1", PartyKind.NATURAL_PERSON, "李四",
						null, CaseOutcome.NO_PENALTY, Set.of(), null, null, on, at),
				new DecisionServed(1L, on, on.plusDays(15), at), new DecisionServed(1L, on, null, at),
				new FinePaid(1L, new BigDecimal("0.10"), on, false, at), new CaseClosed(1L, on, at),
				new CaseTransferred(1L, MeasureInputs.TransferKind.JUDICIARY, "德令哈市公安局", on, at),
				new EventReceived(3L, EventChannel.HOTLINE_12345, place, null, at),
				new EventDispatched(3L, 2L, at), new EventClosed(3L, place, at),
				new ComplaintUpheld(3L, 7L, "20261207000001", on, at),
				new WhistleClosed(4L, DivisionCode.of("632802001"), at, 3L),
				new WhistleClosed(4L, DivisionCode.of("632802001"), at, null),
				new WhistleProgressed(4L, "acknowledged", at), new CaseProgressed(1L, "approved:decide", at),
				new EventProgressed(9L, "rated", at), new InspectionVisitChanged(8L, "recorded", at),
				new EvidenceAttached(5L, OwnerKind.CASE, 1L, EvidenceType.AUDIO_VISUAL, at),
				new LicenceRevoked(6L, 7L, "食品经营许可证", "JY16328020000013", "11632802MB015013XG", on, "以欺骗手段取得许可", at),
				new CreditClassChanged(7L, null, CreditClass.B, 15, at),
				new CreditClassChanged(7L, CreditClass.B, CreditClass.D, 75, at),
				new DecisionPublished(UUID.randomUUID(), 9L, "德综执罚决〔2026〕1号", 2L, "德令哈市综合行政执法局", "DLH-ZFJ",
						DivisionCode.of("632802"), on, on.plusDays(7), false, "张某某", null, "德令哈市河西街道", "HX-CG-018",
						"擅自占用城市道路", "擅自占用城市道路堆放货物", "罚款500.00元", at),
				new DecisionWithdrawn(UUID.randomUUID(), 9L, null, 2L, "德令哈市综合行政执法局", "DLH-ZFJ",
						DivisionCode.of("632802"), on, on.plusDays(1), true, DecisionPublications.Ground.CHANGED, "复议变更", at),
				new StatisticsPublished(UUID.randomUUID(), 2L, "德令哈市综合行政执法局", "DLH-ZFJ", DivisionCode.of("632802"),
						2025, 2, on, false, "更正", new AnnualFigures(
								new AnnualFigures.Penalties(3, 1, 2, 0, Map.of(), Map.of(PenaltyKind.FINE, 2L)),
								new AnnualFigures.Fines(new BigDecimal("1500.00"), new BigDecimal("0.10")),
								new AnnualFigures.Remedies(0, 1, 0), new AnnualFigures.Coercion(1, 0, 0, 0, 0),
								new AnnualFigures.Inspections(4, 2, 2, 1, 0), new AnnualFigures.Complaints(1, 0)), at));
		for (Object event : events) {
			Object serialized = serializer.serialize(event);
			assertThat(serializer.deserialize(serialized, event.getClass())).as(serialized.toString()).isEqualTo(event);
		}
		assertThat(serializer.serialize(events.get(2)).toString()).contains("\"632802003\"", "500.00");
	}

	@Test
	void anEventStoredBeforeCasesNamedTheirSubjectStillComesBack() {
		String stored = """
				{"caseId":1,"place":"632802003","actingBodyId":2,"matterCode":"DEMO-DQ-118-1","partyKind":"ORGANISATION",\
				"partyName":"某饭店","filedOn":"2026-12-07","occurredAt":"2026-12-07T09:30:15+08:00"}""";
		CaseFiled back = serializer.deserialize(stored, CaseFiled.class);
		assertThat(back.subjectId()).isNull();
		assertThat(back.partyName()).isEqualTo("某饭店");
	}

	@Test
	void aTimeWrittenInAnotherOffsetIsTheSameInstantWhenItComesBack() {
		OffsetDateTime utc = OffsetDateTime.of(2026, 12, 7, 1, 30, 0, 0, ZoneOffset.UTC);
		CaseClosed back = serializer.deserialize(serializer.serialize(new CaseClosed(1L, utc.toLocalDate(), utc)),
				CaseClosed.class);
		assertThat(back.occurredAt()).isAtSameInstantAs(utc);
	}
}
