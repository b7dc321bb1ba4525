ValueSet: RelapseNumberVS
Id: relapse-number-vs
Title: "Relapse Number"
Description: "Which relapse of the disease course a status assessment records: first, second, third or later (the CIBMTR form 2400 and EBMT MED-A disease-status categories)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#relapse-1 "First relapse"
* $local#relapse-2 "Second relapse"
* $local#relapse-3-or-later "Third or later relapse"
