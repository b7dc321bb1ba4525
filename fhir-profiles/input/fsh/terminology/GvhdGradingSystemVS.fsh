ValueSet: GvhdGradingSystemVS
Id: gvhd-grading-system-vs
Title: "GvHD Grading System"
Description: "The criteria a GvHD stage or grade was assigned by: MAGIC (Harris 2016) for acute GvHD, NIH 2014 (Jagasia 2015) for chronic GvHD. Extensible, so that centres still grading by other systems (modified Glucksberg, IBMTR, limited/extensive) can name theirs."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#magic-2016 "MAGIC acute GvHD staging and grading (Harris 2016)"
* $local#nih-2014 "NIH 2014 chronic GvHD criteria (Jagasia 2015)"
