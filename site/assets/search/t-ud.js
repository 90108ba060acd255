window.polcatSearch("t-ud",  {"udp":[[3,"7"],[4,"1"],[10,"f"],[11,"f"]]});
