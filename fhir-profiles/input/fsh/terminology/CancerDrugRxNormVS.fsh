ValueSet: CancerDrugRxNormVS
Id: cancer-drug-rxnorm-vs
Title: "Cancer and Transplant Drugs (RxNorm)"
Description: "RxNorm ingredients (term type IN) of the anti-leukaemic, conditioning and GvHD-prophylaxis drugs this guide covers. Ingredient codes are used because product, strength and route are often not reported; a product-level code may be sent as well."
* insert ArtifactMetadata
* ^copyright = "Includes RxNorm content from the U.S. National Library of Medicine (free to use; see the UMLS terms)."
* $rxnorm#1597258 "blinatumomab"
* $rxnorm#1942950 "inotuzumab ozogamicin"
* $rxnorm#3002 "cyclophosphamide"
* $rxnorm#24698 "fludarabine"
* $rxnorm#38508 "treosulfan"
* $rxnorm#10473 "thiotepa"
* $rxnorm#1828 "busulfan"
* $rxnorm#42316 "tacrolimus"
* $rxnorm#68149 "mycophenolate mofetil"
