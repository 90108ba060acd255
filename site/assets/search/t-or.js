window.polcatSearch("t-or",  {"org":[[8,"f"],[11,"f"]]});
