import csv, numpy as np, sys
fold=sys.argv[1]
rows=[r for r in csv.DictReader(open("experiments/alignment-misses/feat.csv")) if r['set']!=fold]
def feats2(r):
    return [float(r['dice']),float(r['cont']),float(r['num']),float(r['fig']),float(r['name']),float(r['word']), np.log(int(r['nshared']))]
X=np.array([feats2(r) for r in rows]); y=np.array([int(r['label']) for r in rows])
mu=X.mean(0);sd=X.std(0)+1e-9;Z=np.hstack([(X-mu)/sd,np.ones((len(X),1))]);w=np.zeros(Z.shape[1]);l2=1.0
for _ in range(100):
    p=1/(1+np.exp(-Z@w)); g=Z.T@(p-y)/len(y)+l2*np.r_[w[:-1],0]/len(y); H=(Z.T*(p*(1-p)))@Z/len(y)+np.eye(len(w))*l2/len(y)
    step=np.linalg.solve(H,g); w-=step
    if np.abs(step).max()<1e-10: break
raw=w[:-1]/sd; b=w[-1]-(w[:-1]*mu/sd).sum()
print(",".join(f"{v:.5f}" for v in [b,*raw]))
