/**
 * 普法 — legal education: activities (法治宣传活动 and 入村普法) with their themes, attachments and ledger, online
 * posts and the weeks without one, each enforcement department's duty list (谁执法谁普法), and the question bank with
 * quizzes the public answers on the town's portal. Other modules ask {@link org.fazhi.publicity.PublicityStatistics}
 * for the year's figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "普法 Legal education")
package org.fazhi.publicity;
