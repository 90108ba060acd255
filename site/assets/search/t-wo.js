window.polcatSearch("t-wo",  {"workload":[[11,"f"]],"workload-platform":[[11,"f"]],"workloads":[[8,"f"],[11,"f"]]});
