package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.DecisionPublicity.DecisionFacts;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase.Procedure;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.PersonalData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published text of a decision, field by field, through the one masking (docs/adr/0010-personal-data-masking.md,
 * docs/adr/0043-published-decisions.md): the party, its code, its address, the names and numbers in the facts.
 */
class DecisionMaskingTests {

	private static final String CREDIT_CODE = "91310115MA1K3BTP2B";

	private static final String FACTS = "当事人张三丰（身份证号码632802199001011234，电话13800138000）于德令哈市长江路露天烧烤，"
			+ "其法定代表人李四海拒不改正；罚没款账户6222021234567890123。";

	private static DecisionFacts facts(PartyKind kind, String name, String code, String address, String representative) {
		return new DecisionFacts(1L, Procedure.GENERAL, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.FINE), null,
				"德综执罚〔2026〕1号", LocalDate.of(2026, 6, 24), null, 2L, 2L, "HX-CG-009", kind, name, code, address,
				representative, FACTS, null, null);
	}

	private static final String ADDRESS = "青海省海西蒙古族藏族自治州德令哈市火车站街道长江路8号3单元501室";

	@Test
	void aNaturalPersonIsPublishedAsZhangMouMouWithoutIdNumberAndWithTheAddressToTheTownship() {
		DecisionPublications.Masked m = DecisionPublications.mask(
				facts(PartyKind.NATURAL_PERSON, "张三丰", "632802199001011234", ADDRESS, null), true);
		assertThat(m.party()).isEqualTo("张某某");
		assertThat(m.partyCode()).isNull(); // an ID number is never published
		assertThat(m.partyAddress()).isEqualTo("青海省海西蒙古族藏族自治州德令哈市火车站街道");
		assertThat(m.facts()).doesNotContain("张三丰", "632802199001011234", "13800138000", "6222021234567890123")
			.contains("当事人张某某").doesNotContain("138", "0123", "*"); // removed entirely, not partly shown
	}

	@Test
	void aJurisdictionThatPublishesNamesKeepsThePartysNameButNotTheNumbers() {
		DecisionPublications.Masked m = DecisionPublications.mask(
				facts(PartyKind.NATURAL_PERSON, "张三丰", "632802199001011234", ADDRESS, null), false);
		assertThat(m.party()).isEqualTo("张三丰");
		assertThat(m.partyCode()).isNull();
		assertThat(m.facts()).contains("张三丰").doesNotContain("632802199001011234", "13800138000");
	}

	@Test
	void anOrganisationKeepsItsNameAndCreditCodeWhileItsRepresentativeIsMasked() {
		DecisionPublications.Masked m = DecisionPublications.mask(
				facts(PartyKind.ORGANISATION, "德令哈市某烧烤餐饮管理有限公司", CREDIT_CODE, ADDRESS, "李四海"), true);
		assertThat(m.party()).isEqualTo("德令哈市某烧烤餐饮管理有限公司");
		assertThat(m.partyCode()).isEqualTo(CREDIT_CODE);
		assertThat(m.partyAddress()).isEqualTo("青海省海西蒙古族藏族自治州德令哈市火车站街道");
		assertThat(m.facts()).contains("法定代表人李某某").doesNotContain("李四海");
	}

	@Test
	void anIndividualBusinessRegisteredUnderAnIdNumberShowsNoCode() {
		DecisionPublications.Masked m = DecisionPublications.mask(
				facts(PartyKind.INDIVIDUAL_BUSINESS, "德令哈市某烧烤店", "632802199001011234", ADDRESS, null), true);
		assertThat(m.party()).isEqualTo("德令哈市某烧烤店");
		assertThat(m.partyCode()).isNull();
	}

	@Test
	void thePartysFullAddressInTheFactsIsReducedAndContactsAreRemovedEntirely() {
		DecisionFacts f = new DecisionFacts(1L, Procedure.GENERAL, CaseOutcome.PENALTY, EnumSet.of(PenaltyKind.FINE), null,
				"德综执罚〔2026〕1号", LocalDate.of(2026, 6, 24), null, 2L, 2L, "HX-CG-009", PartyKind.NATURAL_PERSON, "王小明",
				null, ADDRESS, null, "王小明住" + ADDRESS + "，电话0977-8123456，邮箱wang@example.cn，又于" + ADDRESS
						+ "门前经营。", null, null);
		String facts = DecisionPublications.mask(f, true).facts();
		assertThat(facts).doesNotContain("长江路8号", "501室", "王小明", "8123456", "wang", "example.cn", "*")
			.contains("王某某住青海省海西蒙古族藏族自治州德令哈市火车站街道，电话，邮箱，又于青海省海西蒙古族藏族自治州德令哈市火车站街道门前");
	}

	@Test
	void anIndividualBusinessNamedAsItsOwnerIsMaskedLikeAPersonWhereNamesAreMasked() {
		DecisionPublications.Masked same = DecisionPublications.mask(
				facts(PartyKind.INDIVIDUAL_BUSINESS, "刘德明烧烤", null, ADDRESS, "刘德明烧烤"), true);
		assertThat(same.party()).isEqualTo("刘某某");
		DecisionPublications.Masked personal = DecisionPublications.mask(
				facts(PartyKind.INDIVIDUAL_BUSINESS, "张三丰", "632802199001011234", ADDRESS, null), true);
		assertThat(personal.party()).isEqualTo("张某某");
		assertThat(personal.facts()).contains("当事人张某某").doesNotContain("张三丰");
		// where the jurisdiction publishes names, and a shop's name, stay as they are
		assertThat(DecisionPublications.mask(facts(PartyKind.INDIVIDUAL_BUSINESS, "张三丰", null, ADDRESS, null), false)
			.party()).isEqualTo("张三丰");
		assertThat(DecisionPublications.mask(facts(PartyKind.INDIVIDUAL_BUSINESS, "德令哈市张记烧烤店", null, ADDRESS,
				"张三丰"), true).party()).isEqualTo("德令哈市张记烧烤店");
	}

	@Test
	void addressesAreReducedToTheCountyAndTownship() {
		Map<String, String> cases = Map.of(
				"德令哈市柯鲁柯镇希望村3社12号", "德令哈市柯鲁柯镇",
				"青海省海西州都兰县香日德镇", "青海省海西州都兰县香日德镇",
				"广东省深圳市南山区粤海街道科技园路1号", "广东省深圳市南山区粤海街道",
				"广东省深圳市南山区科技园路1号", "广东省深圳市南山区",
				"德令哈市长江路12号", "德令哈市");
		cases.forEach((address, reduced) -> assertThat(PersonalData.addressToTownship(address)).as(address)
			.isEqualTo(reduced));
		assertThat(PersonalData.addressToTownship("长江路12号")).isNull();
		assertThat(PersonalData.addressToTownship(null)).isNull();
	}

	@Test
	void namesTheRecordKnowsAreMaskedInFreeTextLongestFirstAndTheRestAsBefore() {
		assertThat(PersonalData.maskText("欧阳明月与欧阳明共同经营，电话0977-8123456", List.of("欧阳明", "欧阳明月")))
			.isEqualTo("欧阳某某与欧阳某共同经营，电话0977-*****56"); // 欧阳明 has a one-character given name
		assertThat(PersonalData.maskText("王五在场", List.of())).isEqualTo("王五在场");
	}

	@Test
	void theSearchTextHoldsOnlyPublicText() {
		String search = DecisionPublications.searchText("德综执罚〔2026〕1号 ", "张某某", null);
		assertThat(search).contains("张某某", "德综执罚〔2026〕1号").doesNotContain("张三丰").doesNotContain(" ");
	}
}
