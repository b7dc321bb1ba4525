ValueSet: GvhdGradeVS
Id: gvhd-grade-vs
Title: "GvHD Overall Grade or Global Severity"
Description: "The overall grade of acute GvHD by MAGIC (0-IV) and the global severity of chronic GvHD by NIH 2014 (mild, moderate, severe)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#magic-grade-0 "Acute GvHD grade 0 (MAGIC)"
* $local#magic-grade-1 "Acute GvHD grade I (MAGIC)"
* $local#magic-grade-2 "Acute GvHD grade II (MAGIC)"
* $local#magic-grade-3 "Acute GvHD grade III (MAGIC)"
* $local#magic-grade-4 "Acute GvHD grade IV (MAGIC)"
* $local#nih-cgvhd-mild "Mild chronic GvHD (NIH 2014 global severity)"
* $local#nih-cgvhd-moderate "Moderate chronic GvHD (NIH 2014 global severity)"
* $local#nih-cgvhd-severe "Severe chronic GvHD (NIH 2014 global severity)"
