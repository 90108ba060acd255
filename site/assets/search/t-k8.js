window.polcatSearch("t-k8",  {"k8s":[[5,"f"],[6,"f"],[7,"f"],[11,"f"]],"k8s-api-server":[[5,"f"]],"k8s-app":[[11,"f"]],"k8s-etcd":[[6,"f"]],"k8s-nodes":[[7,"f"]]});
