/**
 * 案卷评查 and 整改: review campaigns of a 司法局 over the closed cases of its jurisdiction — drawn per body by a ratio,
 * verifiably (docs/adr/0026-the-draw.md), scored item by item against a standard, results per body and domain — and
 * rectification tasks with due days, answers with evidence and follow-up
 * (docs/adr/0035-review-campaigns-and-rectification.md). A named interface: the demo drives it, and another part may
 * open a rectification task through {@link cn.oneteam.supervision.campaign.Rectifications}.
 */
@org.springframework.modulith.NamedInterface("campaign")
@org.jspecify.annotations.NullMarked
package cn.oneteam.supervision.campaign;
