package org.hsctdata.fhir.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hsctdata.fhir.web.ProfileCatalogue.Artifact;
import org.hsctdata.fhir.web.ProfileCatalogue.BindingUse;
import org.hsctdata.fhir.web.ProfileCatalogue.Concept;
import org.hsctdata.fhir.web.ProfileCatalogue.ElementRow;
import org.hsctdata.fhir.web.ProfileCatalogue.ExampleUse;
import org.hsctdata.fhir.web.ProfileCatalogue.Inclusion;
import org.hsctdata.fhir.web.ProfileCatalogue.Invariant;
import org.hsctdata.fhir.web.ProfileCatalogue.Section;
import org.hsctdata.fhir.web.ProfileCatalogue.TypeRef;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a {@link ProfileCatalogue} as one HTML page: a table of contents, then every artifact with its canonical
 * URL, description, differential table, constraints and the example entries that use it. Every text from the package
 * or the examples is HTML-escaped; the page needs no script.
 */
final class ProfilePage {

	private final ProfileCatalogue catalogue;

	/** Canonical URL to the artifact on this page, for links between artifacts. */
	private final Map<String, Artifact> byUrl = new HashMap<>();

	private final StringBuilder html = new StringBuilder(256 * 1024);

	private ProfilePage(ProfileCatalogue catalogue) {
		this.catalogue = catalogue;
		catalogue.artifacts().forEach(artifact -> byUrl.put(artifact.url(), artifact));
	}

	/** The whole page. */
	static String render(ProfileCatalogue catalogue) {
		return new ProfilePage(catalogue).page();
	}

	private String page() {
		html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>Profiles and terminology · B-ALL / HSCT FHIR server</title>\n")
				.append(
						"<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n")
				.append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
				.append("<header class=\"site\"><a class=\"home\" href=\"/\">B-ALL / HSCT FHIR server</a>")
				.append("<nav aria-label=\"Site\"><a href=\"/fhir\">FHIR base</a>")
				.append(
						"<a href=\"/fhir/swagger-ui/\">OpenAPI</a><a href=\"/profiles\" aria-current=\"page\">Profiles</a>")
				.append("</nav></header>\n<main id=\"main\" class=\"profiles\">\n")
				.append("<h1>Profiles and terminology</h1>\n<p class=\"lead\">Package <code>")
				.append(text(catalogue.packageId()))
				.append("</code>, canonical base <code>")
				.append(text(catalogue.canonical()))
				.append("</code>. ")
				.append(text(catalogue.description()))
				.append("</p>\n<p>This page is rendered from the package the server loaded: ")
				.append(catalogue.sections().stream()
						.map(section -> section.artifacts().size() + " "
								+ section.title().toLowerCase())
						.collect(Collectors.joining(", ")))
				.append(". Each differential table lists what an artifact changes in its base; ")
				.append("a cardinality in grey is the base's, unchanged.</p>\n");
		contents();
		catalogue.sections().forEach(this::section);
		html.append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private void contents() {
		html.append("<nav class=\"contents\" aria-labelledby=\"contents-title\">\n")
				.append("<h2 id=\"contents-title\">Contents</h2>\n");
		for (Section section : catalogue.sections()) {
			html.append("<h3><a href=\"#")
					.append(attr(section.anchor()))
					.append("\">")
					.append(text(section.title()))
					.append("</a></h3>\n<ul>");
			for (Artifact artifact : section.artifacts()) {
				html.append("<li>").append(link(artifact)).append("</li>");
			}
			html.append("</ul>\n");
		}
		html.append("</nav>\n");
	}

	private void section(Section section) {
		html.append("<section id=\"")
				.append(attr(section.anchor()))
				.append("\" aria-labelledby=\"")
				.append(attr(section.anchor()))
				.append("-title\">\n<h2 id=\"")
				.append(attr(section.anchor()))
				.append("-title\">")
				.append(text(section.title()))
				.append(" (")
				.append(section.artifacts().size())
				.append(")</h2>\n");
		section.artifacts().forEach(this::artifact);
		html.append("</section>\n");
	}

	private void artifact(Artifact artifact) {
		html.append("<article class=\"artifact\" id=\"")
				.append(attr(artifact.anchor()))
				.append("\" data-artifact=\"")
				.append(attr(artifact.resourceType()))
				.append("\" data-url=\"")
				.append(attr(artifact.url()))
				.append("\" aria-labelledby=\"")
				.append(attr(artifact.anchor()))
				.append("-title\">\n<h3 id=\"")
				.append(attr(artifact.anchor()))
				.append("-title\">")
				.append(text(artifact.title()))
				.append(" <span class=\"kind\">")
				.append(text(artifact.resourceType()))
				.append(" ")
				.append(text(artifact.id()))
				.append("</span></h3>\n<dl class=\"facts\">\n<dt>Canonical URL</dt><dd><code class=\"canonical\">")
				.append(text(artifact.url()))
				.append("</code> · <a href=\"")
				.append(attr(artifact.fhirHref()))
				.append("\">definition as FHIR JSON</a></dd>\n");
		if (artifact.version() != null) {
			html.append("<dt>Version</dt><dd>").append(text(artifact.version())).append("</dd>\n");
		}
		if (artifact.type() != null) {
			html.append("<dt>Constrains</dt><dd>").append(text(artifact.type())).append("</dd>\n");
		}
		if (artifact.parent() != null) {
			html.append("<dt>Based on</dt><dd>")
					.append(canonical(artifact.parent()))
					.append("</dd>\n");
		}
		if (!artifact.contexts().isEmpty()) {
			html.append("<dt>Used on</dt><dd>")
					.append(artifact.contexts().stream().map(ProfilePage::text).collect(Collectors.joining(", ")))
					.append("</dd>\n");
		}
		html.append("</dl>\n");
		if (artifact.description() != null) {
			html.append("<p class=\"description\">")
					.append(text(artifact.description()))
					.append("</p>\n");
		}
		if (!artifact.elements().isEmpty()) {
			differential(artifact);
		}
		if (!artifact.invariants().isEmpty()) {
			invariants(artifact.invariants());
		}
		if ("ValueSet".equals(artifact.resourceType())) {
			inclusions(artifact);
			boundBy(artifact.boundBy());
		}
		if (!artifact.concepts().isEmpty()) {
			concepts(artifact);
		}
		examples(artifact.examples());
		html.append("</article>\n");
	}

	private void differential(Artifact artifact) {
		html.append("<div class=\"scroll\"><table class=\"differential\">\n<caption>Differential of ")
				.append(text(artifact.title()))
				.append(" (")
				.append(artifact.elements().size())
				.append(" elements)</caption>\n<thead><tr><th scope=\"col\">Element</th><th scope=\"col\">Card.</th>")
				.append("<th scope=\"col\">Type</th><th scope=\"col\">Binding</th>")
				.append("<th scope=\"col\">Fixed or pattern value</th><th scope=\"col\">Must support</th>")
				.append("<th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
		for (ElementRow row : artifact.elements()) {
			html.append("<tr data-element=\"")
					.append(attr(row.path()))
					.append("\"><th scope=\"row\"><code>")
					.append(text(row.path()))
					.append("</code></th><td")
					.append(row.cardinalityInherited() ? " class=\"inherited\" title=\"as in the base\"" : "")
					.append(">")
					.append(row.min())
					.append("..")
					.append(text(row.max()))
					.append("</td><td>")
					.append(row.types().stream().map(this::type).collect(Collectors.joining(" | ")))
					.append("</td><td>");
			if (row.binding() != null) {
				html.append(text(row.binding().strength()))
						.append(": ")
						.append(canonical(row.binding().valueSet()));
			}
			html.append("</td><td>")
					.append(row.value() == null ? "" : "<code>" + text(row.value()) + "</code>")
					.append("</td><td>")
					.append(row.mustSupport() ? "Yes" : "")
					.append("</td><td>")
					.append(row.summary() == null ? "" : text(row.summary()))
					.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table></div>\n");
	}

	private String type(TypeRef type) {
		StringBuilder text = new StringBuilder(text(type.code()));
		List<String> inner = !type.targetProfiles().isEmpty() ? type.targetProfiles() : type.profiles();
		if (!inner.isEmpty()) {
			text.append("(")
					.append(inner.stream().map(this::canonical).collect(Collectors.joining(" | ")))
					.append(")");
		}
		return text.toString();
	}

	private void invariants(List<Invariant> invariants) {
		html.append("<h4>Constraints</h4>\n<ul class=\"invariants\">\n");
		for (Invariant invariant : invariants) {
			html.append("<li><strong>")
					.append(text(invariant.key()))
					.append("</strong> (")
					.append(text(invariant.severity()))
					.append("): ")
					.append(text(invariant.human()))
					.append(" <code>")
					.append(text(invariant.expression()))
					.append("</code></li>\n");
		}
		html.append("</ul>\n");
	}

	private void inclusions(Artifact artifact) {
		html.append("<h4>Codes</h4>\n");
		for (Inclusion include : artifact.includes()) {
			html.append("<p>From <code>")
					.append(text(String.valueOf(include.system())))
					.append("</code>");
			if (!include.filters().isEmpty()) {
				html.append(", where ")
						.append(include.filters().stream()
								.map(ProfilePage::text)
								.collect(Collectors.joining(" and ")));
			}
			if (!include.valueSets().isEmpty()) {
				html.append(", the codes of ")
						.append(include.valueSets().stream()
								.map(this::canonical)
								.collect(Collectors.joining(", ")));
			}
			if (include.concepts().isEmpty() && include.enumerable()) {
				html.append(": every code");
			}
			html.append("</p>\n");
			if (!include.concepts().isEmpty()) {
				codeTable(artifact.title() + ": codes from " + include.system(), include.concepts(), false);
			}
		}
	}

	private void boundBy(List<BindingUse> bindings) {
		if (bindings.isEmpty()) {
			html.append("<p>No element of this guide is bound to it.</p>\n");
			return;
		}
		html.append("<h4>Bound to</h4>\n<ul class=\"bound-by\">\n");
		for (BindingUse binding : bindings) {
			html.append("<li>")
					.append(canonical(binding.artifactUrl()))
					.append(" <code>")
					.append(text(binding.path()))
					.append("</code> (")
					.append(text(binding.strength()))
					.append(")</li>\n");
		}
		html.append("</ul>\n");
	}

	private void concepts(Artifact artifact) {
		html.append("<h4>Concepts (").append(artifact.concepts().size()).append(")</h4>\n");
		codeTable(artifact.title() + ": concepts", artifact.concepts(), true);
	}

	private void codeTable(String caption, List<Concept> concepts, boolean definitions) {
		html.append("<div class=\"scroll\"><table class=\"codes\">\n<caption class=\"visually-hidden\">")
				.append(text(caption))
				.append("</caption>\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Display</th>")
				.append(definitions ? "<th scope=\"col\">Definition</th>" : "")
				.append("</tr></thead>\n<tbody>\n");
		for (Concept concept : concepts) {
			html.append("<tr><td><code>")
					.append(text(concept.code()))
					.append("</code></td><td>")
					.append(concept.display() == null ? "" : text(concept.display()))
					.append("</td>")
					.append(definitions ? "<td>" + text(concept.definition()) + "</td>" : "")
					.append("</tr>\n");
		}
		html.append("</tbody>\n</table></div>\n");
	}

	private void examples(List<ExampleUse> examples) {
		if (examples.isEmpty()) {
			html.append("<p class=\"no-examples\">No example entry uses it.</p>\n");
			return;
		}
		html.append("<h4>Example entries that use it (").append(examples.size()).append(")</h4>\n");
		html.append("<ul class=\"examples\">\n");
		for (ExampleUse example : examples) {
			html.append("<li><a class=\"example\" href=\"")
					.append(attr(example.href()))
					.append("\">")
					.append(text(example.resourceType()))
					.append(" ")
					.append(text(example.label()))
					.append("</a> <span class=\"muted\">in ")
					.append(text(example.bundle()))
					.append("</span>");
			if (example.serverHref() != null) {
				html.append(" · <a href=\"")
						.append(attr(example.serverHref()))
						.append("\">stored copy on this server</a>");
			}
			html.append("</li>\n");
		}
		html.append("</ul>\n");
	}

	/** Our artifacts link to their place on the page; other canonicals are shown as their last path segment. */
	private String canonical(String url) {
		Artifact ours = byUrl.get(url);
		if (ours != null) {
			return link(ours);
		}
		String shortName = url.substring(url.lastIndexOf('/') + 1);
		return "<span title=\"" + attr(url) + "\">" + text(shortName) + "</span>";
	}

	private static String link(Artifact artifact) {
		return "<a href=\"#" + attr(artifact.anchor()) + "\">" + text(artifact.title()) + "</a>";
	}

	private static String text(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	private static String attr(String value) {
		return text(value);
	}
}
