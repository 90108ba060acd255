window.polcatSearch("t-io",  {"io":[[8,"f"],[11,"f"]]});
