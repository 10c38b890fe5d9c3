import csv, numpy as np, sys
rows=list(csv.DictReader(open("experiments/alignment-misses/feat.csv")))
dev={'gansu-earthquake-2013','indonesia-sumatra-bus-plunge-2019','leopoldo-lopez-sentence-2015','murmu-suriname-serbia-visit-2023','senegal-sonko-appeal-sentence-2023','turkiye-defence-briefing','ferry-fire','harbour-bridge-closure','unrelated-stories'}
use=set(sys.argv[1].split(',')) if len(sys.argv)>1 else dev
rows=[r for r in rows if r['set'] in use]
F=['dice','cont','num','fig','name','word','attr','nshared','pmin','pdiff','lead','lr','qa','ncl']
def feats(r):
    d=float(r['dice']);c=float(r['cont'])
    return [d,c,min(c,1)*min(1,int(r['nshared'])/5),float(r['num']),float(r['fig']),float(r['name']),float(r['word'])/10,float(r['pdiff']),int(r['lead']==  '2'),float(r['lr']),float(r['pmin']), np.log(int(r['nshared']))]
X=np.array([feats(r) for r in rows]); y=np.array([int(r['label']) for r in rows]); S=np.array([float(r['score']) for r in rows])
sets=np.array([r['set'] for r in rows])
def fitlr(X,y,l2=1.0,it=3000):
    mu=X.mean(0);sd=X.std(0)+1e-9;Z=(X-mu)/sd;Z=np.hstack([Z,np.ones((len(Z),1))])
    w=np.zeros(Z.shape[1])
    for _ in range(it):
        p=1/(1+np.exp(-Z@w)); g=Z.T@(p-y)/len(y)+l2*np.r_[w[:-1],0]/len(y); H=(Z.T*(p*(1-p)))@Z/len(y)+np.eye(len(w))*l2/len(y)
        w-=np.linalg.solve(H,g)
        if np.abs(g).max()<1e-8: break
    return mu,sd,w
def pred(m,X):
    mu,sd,w=m;Z=np.hstack([(X-mu)/sd,np.ones((len(X),1))]);return 1/(1+np.exp(-Z@w))
def ap(score,label):
    o=np.argsort(-score);l=label[o];tp=np.cumsum(l);prec=tp/np.arange(1,len(l)+1);return (prec*l).sum()/max(1,l.sum())
# sentence-pair aggregation: max per pair
def agg(s,idx):
    keys=[rows[i]['set']+rows[i]['pair'] for i in idx]
    d={}
    for k,v,i in zip(keys,s,idx):
        if k not in d or v>d[k][0]: d[k]=(v,y[i])
    a=np.array(list(d.values()));return a[:,0],a[:,1]
tot_cur=[];tot_lr=[]
for st in sorted(set(sets)):
    tr=sets!=st; te=np.where(sets==st)[0]
    m=fitlr(X[tr],y[tr])
    p=pred(m,X[te])
    sc,l=agg(S[te],te); sp,l2=agg(p,te)
    if l.sum()==0: print(st,'max cur',sc.max(),'max lr',sp.max()); continue
    print(f"{st:40s} AP cur {ap(sc,l):.3f} lr {ap(sp,l2):.3f}  npos {int(l.sum())}")
m=fitlr(X,y);print('coef',np.round(m[2],2))
