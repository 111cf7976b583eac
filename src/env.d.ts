declare module 'virtual:oobkb/shiki-theme.css';
