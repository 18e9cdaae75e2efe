/**
 * The office's public page, /public/{officeCode}/{fiscalYear}: the link its website gives the OIT. Anonymous and
 * read-only; it shows only what document/PublicOffice lets out (approved documents, measures and their progress,
 * public evidence), so what is public is decided in one place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public page",
		allowedDependencies = {"document"})
package th.go.ita.measuretracker.publication;
