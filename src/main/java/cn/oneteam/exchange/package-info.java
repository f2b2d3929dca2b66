/**
 * 审管联动 — the exchange with the approval departments: partners registered with an endpoint and an HMAC secret;
 * licence records they push (API with an idempotency key, or a CSV file) answered with receipts; messages about the
 * cases and revoked licences of the subjects they licensed, signed, sent with back-off until delivered or dead, resent
 * by hand (docs/adr/0021-approval-exchange.md). Its API: {@link cn.oneteam.exchange.ExchangePartners},
 * {@link cn.oneteam.exchange.ExchangeInbound}, {@link cn.oneteam.exchange.ExchangeSender}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审管联动",
		allowedDependencies = { "casehandling", "casehandling :: events", "identity", "platform", "shared", "subject" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.exchange;
