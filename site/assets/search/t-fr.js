window.polcatSearch("t-fr",  {"from-ingress-controller":[[8,"f"]]});
