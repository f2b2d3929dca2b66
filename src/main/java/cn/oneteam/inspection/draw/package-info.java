/**
 * The verifiable draw (双随机): the engine, the draws kept and never changed, and their public pages and answers
 * (docs/adr/0026-the-draw.md). Its API for the rest of the module: {@link cn.oneteam.inspection.draw.Draws}.
 */
@org.springframework.modulith.NamedInterface("draw")
@org.jspecify.annotations.NullMarked
package cn.oneteam.inspection.draw;
