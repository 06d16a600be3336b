package org.fazhi.shared;

/**
 * A public service a module offers on each town portal's front page (执法公示, 政务公开目录, 依申请公开 …). Modules
 * declare one as a bean; the front page lists them in {@link #order()}.
 *
 * @param titleKey       message key of the card title
 * @param descriptionKey message key of the one-line description
 * @param path           where the card leads, relative to the town's portal ({@code enforcement} is
 *                       {@code /portal/<town>/enforcement})
 */
public record PublicServiceCard(String titleKey, String descriptionKey, String path, int order) {
}
